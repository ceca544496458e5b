/**
 * The bearer token for a cmdlet call, from what Connect-PartnerCenter stored: the -AccessToken
 * file, or msal's cache with silent refresh (msal loaded lazily, only here).
 *
 * @module
 */
import type { StoredContext } from './context.ts';
import { readAccessToken } from './access-token-file.ts';
import { tokenExpired, type TokenDeps } from './token-deps.ts';

/** The -AccessToken token, refused once its exp has passed. */
function storedAccessToken(deps: TokenDeps): string {
  const token = readAccessToken(deps.configDir, deps.platform ?? process.platform);
  if (token === null) throw tokenExpired('The access token given to Connect-PartnerCenter is no longer stored.');
  const nowSeconds = (deps.now?.() ?? new Date()).getTime() / 1000;
  if (token.expiresOn !== undefined && token.expiresOn <= nowSeconds) {
    throw tokenExpired(`The access token given to Connect-PartnerCenter expired at ${new Date(token.expiresOn * 1000).toISOString()}.`);
  }
  return token.accessToken;
}

/** A valid access token for `stored`, refreshed silently when needed. Never logs the token. */
export async function getAccessToken(stored: StoredContext, deps: TokenDeps): Promise<string> {
  if (stored.authMode === 'Emulator') return 'pcsh-embedded-emulator';
  if (stored.authMode === 'AccessToken') return storedAccessToken(deps);
  const { acquireSilently } = await import('./acquire-silently.ts');
  return acquireSilently(stored, deps);
}
