/**
 * When and how long to wait before another attempt. Retried: 408, 429, 5xx except 501/505,
 * network errors and timeouts. Never: 400/401/403/404/409 or any other 4xx.
 * Wait: Retry-After (seconds or HTTP date) when the service sends one — but never less than
 * the exponential backoff, so a repeated throttle backs off further — else capped exponential
 * backoff with full jitter.
 *
 * @module
 */

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff base: attempt n waits up to baseDelayMs · 2^(n-1). */
  baseDelayMs: number;
  /** Cap of one backoff wait (Retry-After is honoured up to the total budget). */
  maxDelayMs: number;
  /** Budget for the whole logical call, attempts and waits; no wait goes past it. */
  maxTotalMs: number;
  /** One attempt's timeout, response body included. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxTotalMs: 180_000,
  timeoutMs: 100_000,
};

export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (relative to `nowMs`). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Full jitter: uniform in [0, min(maxDelay, base · 2^(attempt-1))]. `attempt` is the one that failed (1-based). */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  options: RetryOptions,
  random: () => number,
): number {
  const backoff = backoffDelay(attempt, options, random);
  return retryAfterMs === undefined ? backoff : Math.max(retryAfterMs, backoff);
}
