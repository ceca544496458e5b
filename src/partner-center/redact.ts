/**
 * Redaction for -Debug output: the Authorization header and any token, secret, password,
 * refresh_token or client_secret value, in JSON bodies, form bodies and headers.
 */
const SECRET_NAME = /(token|secret|password|authorization|assertion)/i;
const MASK = '***';

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (/^authorization$/i.test(name)) result[name] = value.replace(/^(\w+)\s+.*$/, `$1 ${MASK}`);
    else result[name] = SECRET_NAME.test(name) ? MASK : value;
  }
  return result;
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    result[key] = SECRET_NAME.test(key) && (typeof entry === 'string' || typeof entry === 'number') ? MASK : redactValue(entry);
  }
  return result;
}

/** A body as text with secrets masked: JSON by key, otherwise `name=value` and `"name": "value"` pairs. */
export function redactBody(body: string | undefined): string {
  if (body === undefined || body === '') return '';
  try {
    return JSON.stringify(redactValue(JSON.parse(body)));
  } catch {
    return body
      .replace(/((?:access_token|refresh_token|id_token|client_secret|password|token|secret)=)[^&\s]*/gi, `$1${MASK}`)
      .replace(/("[^"]*(?:token|secret|password)[^"]*"\s*:\s*)"[^"]*"/gi, `$1"${MASK}"`)
      .replace(/(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/g, `$1${MASK}`);
  }
}
