/**
 * Removes one account's tokens from the msal cache file (and the -AccessToken file), leaving
 * other accounts' tokens alone. Works on msal's serialised JSON directly so Disconnect never
 * loads msal.
 *
 * @module
 */
import type { StoredContext } from './context.ts';
import type { LockedConfigFiles } from './secure-files.ts';
import { ACCESS_TOKEN_FILE } from './access-token-file.ts';
import { MSAL_CACHE_FILE } from './cache-plugin.ts';

/** msal's serialised cache sections. */
const SECTIONS = ['Account', 'IdToken', 'AccessToken', 'RefreshToken'] as const;

type Entry = { home_account_id?: string; client_id?: string };

/** Whether a serialised cache entry belongs to `stored`'s sign-in. */
function belongsTo(entry: Entry, stored: StoredContext): boolean {
  if (stored.homeAccountId) return entry.home_account_id === stored.homeAccountId;
  // App-only tokens (client credentials) have no account: match by client id.
  return stored.applicationId !== undefined && !entry.home_account_id && entry.client_id === stored.applicationId;
}

/** The serialised cache without `stored`'s entries (unchanged text when nothing matched). */
function withoutAccount(cacheJson: string, stored: StoredContext): string {
  let cache: Record<string, Record<string, Entry> | undefined>;
  try {
    cache = JSON.parse(cacheJson) as typeof cache;
  } catch {
    return '{}';
  }
  for (const section of SECTIONS) {
    const entries = cache[section];
    if (!entries) continue;
    for (const [key, entry] of Object.entries(entries)) {
      if (belongsTo(entry, stored)) delete entries[key];
    }
  }
  return JSON.stringify(cache);
}

/** Forgets the msal tokens of the signed-in account `stored` (caller holds the config lock). */
export function forgetAccountTokens(files: LockedConfigFiles, stored: StoredContext): void {
  if (stored.authMode === 'Emulator' || stored.authMode === 'AccessToken') return;
  const current = files.read(MSAL_CACHE_FILE);
  if (current !== null) files.write(MSAL_CACHE_FILE, withoutAccount(current, stored));
}

/**
 * Removes the -AccessToken file and the temp files killed writers left (they may hold a token),
 * whatever the context says; with `everyAccount` (the context is unreadable) the msal cache too.
 */
export function removeTokenFiles(files: LockedConfigFiles, everyAccount: boolean): void {
  files.remove(ACCESS_TOKEN_FILE);
  if (everyAccount) files.remove(MSAL_CACHE_FILE);
  for (const name of [ACCESS_TOKEN_FILE, MSAL_CACHE_FILE, 'context.json']) files.removeTempFiles(name);
}
