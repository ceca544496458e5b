/**
 * Silent token acquisition from the msal cache (placeholder until the msal flows land).
 *
 * @module
 */
import type { StoredContext } from './context.ts';
import type { TokenDeps } from './token.ts';
import { tokenExpired } from './token.ts';

export async function acquireSilently(stored: StoredContext, _deps: TokenDeps): Promise<string> {
  throw tokenExpired(`No cached token for ${stored.account}.`);
}
