/** Raw HTTP calls to the emulator (global fetch), for tests that look at the wire itself. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(
  baseUrl: string, method: string, path: string, body?: unknown,
  headers: Record<string, string> = { Authorization: 'Bearer any-token' },
): Promise<RawAnswer> {
  const init: RequestInit = { method, headers: { 'Content-Type': 'application/json', ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
