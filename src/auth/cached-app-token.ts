/**
 * A still-valid access token of a secret-based confidential client from the msal cache file,
 * read directly: the app-only (client credentials) token, or, for a user signed in through a
 * confidential client (-RefreshToken -Credential), that user's token. Used when a later cmdlet
 * call has no client secret to give msal: msal-node builds the client assertion before it looks
 * at its cache, so without a secret it cannot even be asked for a cached token.
 *
 * @module
 */
import type { StoredContext } from './context.ts';
import { readPrivateFile } from './secure-files.ts';
import { MSAL_CACHE_FILE } from './cache-plugin.ts';

interface SerializedAccessToken {
  home_account_id?: string;
  client_id?: string;
  realm?: string;
  target?: string;
  secret?: string;
  expires_on?: string;
}

/** msal refreshes tokens this long before they expire; do the same. */
const RENEWAL_OFFSET_SECONDS = 300;

export function cachedAppToken(stored: StoredContext, scope: string, configDir: string, platform: NodeJS.Platform, nowSeconds: number): string | null {
  const text = readPrivateFile(configDir, MSAL_CACHE_FILE, platform);
  if (!text) return null;
  let entries: Record<string, SerializedAccessToken>;
  try {
    entries = (JSON.parse(text) as { AccessToken?: Record<string, SerializedAccessToken> }).AccessToken ?? {};
  } catch {
    return null;
  }
  for (const entry of Object.values(entries)) {
    if (entry.client_id !== stored.applicationId) continue;
    if (stored.homeAccountId) {
      if (entry.home_account_id !== stored.homeAccountId) continue;
    } else {
      if (entry.home_account_id) continue;
      if ((entry.realm ?? '').toLowerCase() !== stored.tenant.toLowerCase()) continue;
    }
    if (!(entry.target ?? '').toLowerCase().split(' ').includes(scope.toLowerCase())) continue;
    if (Number(entry.expires_on) - RENEWAL_OFFSET_SECONDS > nowSeconds && entry.secret) return entry.secret;
  }
  return null;
}
