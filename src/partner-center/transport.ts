/**
 * One HTTP attempt with a timeout. The fetch implementation is injected; the default,
 * node-fetch, is loaded with import() only when the first request is made.
 *
 * @module
 */

export interface FetchInitLike {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null; forEach?(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

export async function loadNodeFetch(): Promise<FetchLike> {
  const module = await import('node-fetch');
  return module.default as unknown as FetchLike;
}

export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'timeout' }
  | { kind: 'network'; error: unknown };

function headersToRecord(headers: FetchResponseLike['headers']): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach?.((value, name) => {
    record[name.toLowerCase()] = value;
  });
  return record;
}

/** Sends once; the timeout covers the response body too. Never throws for HTTP or network failures. */
export async function sendOnce(fetch: FetchLike, url: string, init: FetchInitLike, timeoutMs: number): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    const body = await response.text();
    const headers = headersToRecord(response.headers);
    if (!headers['retry-after']) {
      const retryAfter = response.headers.get('retry-after');
      if (retryAfter !== null) headers['retry-after'] = retryAfter;
    }
    return { kind: 'response', status: response.status, headers, body };
  } catch (error) {
    return timedOut ? { kind: 'timeout' } : { kind: 'network', error };
  } finally {
    clearTimeout(timer);
  }
}
