/**
 * Silent token acquisition for a stored msal sign-in, on every cmdlet call: the cached access
 * token while valid, else msal refreshes it (refresh token, or client credentials again) and the
 * cache plugin writes the new tokens back. Failures that need a new sign-in become TokenExpired.
 *
 * @module
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { StoredContext } from './context.ts';
import { tokenExpired, type TokenDeps } from './token-deps.ts';
import { contextEnvironment, userScopes, applicationScopes } from './environments.ts';
import { createPublicApp, createConfidentialApp, type MsalAppOptions } from './msal-app.ts';
import { storedAppCredential, secretNeeded } from './app-credential.ts';
import { cachedAppToken } from './cached-app-token.ts';
import { tokenAcquisitionFailed } from './sign-in-error.ts';
import { DEFAULT_PUBLIC_CLIENT_ID } from './connect-parameters.ts';
import { clientSecretFromEnvironment } from './secret-input.ts';

const APP_ONLY = new Set(['ServicePrincipal', 'ServicePrincipalCertificate']);

async function acquire(stored: StoredContext, options: MsalAppOptions, env: TokenDeps['env']): Promise<AuthenticationResult | null> {
  const credential = stored.confidentialClient || APP_ONLY.has(stored.authMode) ? storedAppCredential(stored, env) : null;
  if ((stored.confidentialClient || APP_ONLY.has(stored.authMode)) && !credential) throw secretNeeded(stored);
  if (APP_ONLY.has(stored.authMode)) {
    const cca = await createConfidentialApp(options, credential!);
    return cca.acquireTokenByClientCredential({ scopes: applicationScopes(options.settings) });
  }
  const client = credential ? await createConfidentialApp(options, credential) : await createPublicApp(options);
  const account = stored.homeAccountId ? await client.getTokenCache().getAccountByHomeId(stored.homeAccountId) : null;
  if (!account) throw tokenExpired(`No cached sign-in was found for ${stored.account}.`);
  return client.acquireTokenSilent({ account, scopes: userScopes(options.settings) });
}

export async function acquireSilently(stored: StoredContext, deps: TokenDeps): Promise<string> {
  const platform = deps.platform ?? process.platform;
  const secretBased = stored.authMode === 'ServicePrincipal' || (stored.authMode === 'RefreshToken' && stored.confidentialClient && !stored.certificateThumbprint);
  const clientSecret = clientSecretFromEnvironment(deps.env);
  if (secretBased && !clientSecret) {
    // No secret to give msal: a still-valid cached token (app-only, or the user's) is all there is.
    const nowSeconds = (deps.now?.() ?? new Date()).getTime() / 1000;
    const settings = contextEnvironment(stored);
    const scope = (stored.homeAccountId ? userScopes(settings) : applicationScopes(settings))[0]!;
    const cached = cachedAppToken(stored, scope, deps.configDir, platform, nowSeconds);
    if (cached) return cached;
    throw secretNeeded(stored);
  }
  const secrets = [clientSecret];
  const options: MsalAppOptions = {
    settings: contextEnvironment(stored),
    tenant: stored.tenant,
    clientId: stored.applicationId ?? DEFAULT_PUBLIC_CLIENT_ID,
    configDir: deps.configDir,
    platform,
    streams: deps.streams,
    secrets,
  };
  let result: AuthenticationResult | null;
  try {
    result = await acquire(stored, options, deps.env);
  } catch (error) {
    throw tokenAcquisitionFailed(error, secrets);
  }
  if (!result?.accessToken) throw tokenExpired(`No access token could be obtained for ${stored.account}.`);
  deps.streams.debug(`Access token for ${stored.account} valid until ${result.expiresOn?.toISOString() ?? 'unknown'}${result.fromCache ? ' (from cache)' : ''}.`);
  return result.accessToken;
}
