/** The Partner Center client as handlers see it (implemented in client.ts). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Extra request headers (e.g. If-Match). */
  headers?: Record<string, string>;
  /** Called with the success response's headers (lower-cased names), e.g. to read an ETag. */
  onResponse?(headers: Readonly<Record<string, string>>): void;
  /**
   * Called when an attempt ended without telling whether the service applied it (no answer,
   * timeout, 5xx): the caller of a write must then check the result instead of re-applying it.
   */
  onUnknownOutcome?(): void;
  /** Checks a 2xx body's shape before it becomes an object: undefined when it fits, else why not. */
  expect?: { what: string; check(body: unknown): string | undefined };
}

export interface PartnerCenterClient {
  /** Sends one logical call (retried as needed with the same MS-RequestId); resolves to the parsed JSON body. */
  request<T>(method: HttpMethod, path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /** The client's clock and randomness, for callers that back off between calls (injectable in tests). */
  sleep?(ms: number): Promise<void>;
  random?(): number;
}
