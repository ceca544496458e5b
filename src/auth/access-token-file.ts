/**
 * `<config dir>/access-token.json`: the token given to `Connect-PartnerCenter -AccessToken`.
 * It is not an msal token (no refresh, no account), so it is kept beside the msal cache, in its
 * own private file, never in context.json.
 *
 * @module
 */
import { readPrivateFile, type LockedConfigFiles } from './secure-files.ts';

export const ACCESS_TOKEN_FILE = 'access-token.json';

export interface StoredAccessToken {
  accessToken: string;
  /** Expiry (seconds since the epoch) read from the JWT's exp claim, when it is a JWT. */
  expiresOn?: number;
}

/** Caller holds the config lock (the token is written together with its context). */
export function writeAccessToken(files: LockedConfigFiles, token: StoredAccessToken): void {
  files.write(ACCESS_TOKEN_FILE, `${JSON.stringify(token)}\n`);
}

export function readAccessToken(configDir: string, platform: NodeJS.Platform): StoredAccessToken | null {
  const text = readPrivateFile(configDir, ACCESS_TOKEN_FILE, platform);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredAccessToken>;
    return typeof parsed.accessToken === 'string' ? (parsed as StoredAccessToken) : null;
  } catch {
    return null;
  }
}
