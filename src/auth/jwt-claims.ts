/**
 * Reads the claims of a JWT access token without verifying it (the service does that): who it
 * is for and when it expires, for -AccessToken.
 *
 * @module
 */

export interface TokenClaims {
  upn?: string;
  preferred_username?: string;
  unique_name?: string;
  appid?: string;
  azp?: string;
  oid?: string;
  tid?: string;
  exp?: number;
}

/** The payload of a JWT, or null when the token is not a JWT (opaque tokens are allowed). */
export function readJwtClaims(token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    return typeof payload === 'object' && payload !== null ? (payload as TokenClaims) : null;
  } catch {
    return null;
  }
}

/** The account name a token was issued to: UPN, else app id, else object id. */
export function accountOf(claims: TokenClaims | null): string | undefined {
  if (!claims) return undefined;
  return claims.upn ?? claims.preferred_username ?? claims.unique_name ?? claims.appid ?? claims.azp ?? claims.oid;
}
