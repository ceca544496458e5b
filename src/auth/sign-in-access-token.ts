/**
 * `Connect-PartnerCenter -AccessToken`: no sign-in; the token (argv, `-` for PCSH_ACCESS_TOKEN,
 * or `env:NAME`) goes to its own private file, the account and tenant come from its claims.
 *
 * @module
 */
import { PcshError, ExitCode } from '../core/error-record.ts';
import type { StoredContext } from './context.ts';
import type { ConnectParameters, AuthDeps } from './connect-parameters.ts';
import { DEFAULT_TENANT } from './connect-parameters.ts';
import { readJwtClaims, accountOf } from './jwt-claims.ts';
import { resolveSecretArgument } from './secret-input.ts';
import { writeAccessToken, type StoredAccessToken } from './access-token-file.ts';
import { withConfigLock } from './secure-files.ts';

export async function signInWithAccessToken(parameters: ConnectParameters, deps: AuthDeps): Promise<Omit<StoredContext, 'version' | 'environment'>> {
  const token = await resolveSecretArgument('AccessToken', parameters.AccessToken, deps, 'PCSH_ACCESS_TOKEN');
  const claims = readJwtClaims(token);
  const nowSeconds = (deps.now?.() ?? new Date()).getTime() / 1000;
  if (claims?.exp !== undefined && claims.exp <= nowSeconds) {
    throw new PcshError(`The access token expired at ${new Date(claims.exp * 1000).toISOString()}. Get a new one and connect again.`, {
      errorId: 'TokenExpired', category: 'AuthenticationError', exitCode: ExitCode.Failure, targetObject: 'AccessToken',
    });
  }
  const stored: StoredAccessToken = { accessToken: token };
  if (claims?.exp !== undefined) stored.expiresOn = claims.exp;
  if (deps.keepAccessToken) deps.keepAccessToken(stored);
  else withConfigLock(deps.configDir, deps.platform ?? process.platform, (files) => writeAccessToken(files, stored));
  const applicationId = claims?.appid ?? claims?.azp;
  return {
    authMode: 'AccessToken',
    account: accountOf(claims) ?? 'AccessToken',
    tenant: parameters.Tenant ?? claims?.tid ?? DEFAULT_TENANT,
    ...(applicationId ? { applicationId } : {}),
  };
}
