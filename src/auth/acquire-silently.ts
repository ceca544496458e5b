/**
 * Silent token acquisition for a stored msal sign-in, on every cmdlet call: the cached access
 * token while valid, else msal refreshes it (refresh token, or client credentials again) and the
 * cache plugin writes the new tokens back. Failures that need a new sign-in become TokenExpired.
 *
 * @module
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { StoredContext } from './context.ts';
import type { TokenDeps } from './token.ts';
import { tokenExpired } from './token.ts';
import { contextEnvironment, userScopes, applicationScopes } from './environments.ts';
import { createPublicApp, createConfidentialApp, type MsalAppOptions } from './msal-app.ts';
import { storedAppCredential } from './app-credential.ts';
import { tokenAcquisitionFailed } from './sign-in-error.ts';
import { DEFAULT_PUBLIC_CLIENT_ID } from './connect-parameters.ts';

const APP_ONLY = new Set(['ServicePrincipal', 'ServicePrincipalCertificate']);

async function acquire(stored: StoredContext, options: MsalAppOptions, env: TokenDeps['env']): Promise<AuthenticationResult | null> {
  if (APP_ONLY.has(stored.authMode)) {
    const cca = await createConfidentialApp(options, storedAppCredential(stored, env));
    return cca.acquireTokenByClientCredential({ scopes: applicationScopes(options.settings) });
  }
  const client = stored.confidentialClient
    ? await createConfidentialApp(options, storedAppCredential(stored, env))
    : await createPublicApp(options);
  const account = stored.homeAccountId ? await client.getTokenCache().getAccountByHomeId(stored.homeAccountId) : null;
  if (!account) throw tokenExpired(`No cached sign-in was found for ${stored.account}.`);
  return client.acquireTokenSilent({ account, scopes: userScopes(options.settings) });
}

export async function acquireSilently(stored: StoredContext, deps: TokenDeps): Promise<string> {
  const secrets = [deps.env.PCSH_CLIENT_SECRET];
  const options: MsalAppOptions = {
    settings: contextEnvironment(stored),
    tenant: stored.tenant,
    clientId: stored.applicationId ?? DEFAULT_PUBLIC_CLIENT_ID,
    configDir: deps.configDir,
    platform: deps.platform ?? process.platform,
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
