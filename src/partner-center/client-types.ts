/** The Partner Center client as handlers see it (implemented in client.ts). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Extra request headers (e.g. If-Match). */
  headers?: Record<string, string>;
  /** Called with the success response's headers (lower-cased names), e.g. to read an ETag. */
  onResponse?(headers: Readonly<Record<string, string>>): void;
}

export interface PartnerCenterClient {
  /** Sends one logical call (retried as needed with the same MS-RequestId); resolves to the parsed JSON body. */
  request<T>(method: HttpMethod, path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}
