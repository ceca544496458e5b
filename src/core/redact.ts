/**
 * THE redaction of pcsh: strips secrets from text before it reaches any stream, error, log or
 * -Debug dump. Known secret values (tokens, client secrets, refresh tokens) are masked wherever
 * they occur; anything shaped like a JWT, a `Bearer …` credential or a `name=value` / `"name":
 * "value"` pair with a secret-sounding name is masked too, so a service that echoes a token in its
 * error text cannot leak it.
 *
 * Imports nothing of pcsh (src/core is the ground floor).
 *
 * @module
 */

const MASK = '***';

const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const KEY_VALUE = /\b((?:client_secret|client_assertion|refresh_token|access_token|id_token|code_verifier|password|token|secret)=)[^&\s]+/gi;
const JSON_PAIR = /("[^"]*(?:token|secret|password|assertion)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
/** A header or JSON key whose value is a secret. */
const SECRET_NAME = /(token|secret|password|authorization|assertion)/i;
/** Values shorter than this would mangle ordinary words; real secrets are long. */
const MIN_SECRET_LENGTH = 4;

/** `text` with every known secret and every token-shaped value masked. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(MASK);
  }
  return out.replace(JWT, MASK).replace(BEARER, `$1${MASK}`).replace(KEY_VALUE, `$1${MASK}`).replace(JSON_PAIR, `$1"${MASK}"`);
}

/** Headers with Authorization reduced to its scheme and secret-named headers masked. */
export function redactHeaders(headers: Record<string, string>, secrets: readonly (string | undefined)[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (/^authorization$/i.test(name)) result[name] = value.replace(/^(\w+)\s+.*$/, `$1 ${MASK}`);
    else result[name] = SECRET_NAME.test(name) ? MASK : redact(value, secrets);
  }
  return result;
}

function redactValue(value: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const masked = SECRET_NAME.test(key) && (typeof entry === 'string' || typeof entry === 'number');
    result[key] = masked ? MASK : redactValue(entry, secrets);
  }
  return result;
}

/** A body as text with secrets masked: JSON by key and value, any other text by pattern. */
export function redactBody(body: string | undefined, secrets: readonly (string | undefined)[] = []): string {
  if (body === undefined || body === '') return '';
  try {
    return JSON.stringify(redactValue(JSON.parse(body), secrets));
  } catch {
    return redact(body, secrets);
  }
}
