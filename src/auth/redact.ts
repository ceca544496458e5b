/**
 * Strips secrets from text before it reaches any stream, error or log: every occurrence of a
 * known secret value, plus anything that looks like a bearer token or a JWT.
 *
 * @module
 */

const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const KEY_VALUE = /\b(client_secret|client_assertion|refresh_token|access_token|id_token|code_verifier|password)=([^&\s]+)/gi;

export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would mangle ordinary words; real secrets are long.
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  return out.replace(JWT, '***').replace(KEY_VALUE, '$1=***');
}
