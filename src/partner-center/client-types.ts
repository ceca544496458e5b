/** The Partner Center client as handlers see it (implemented in client.ts). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PartnerCenterClient {
  /** Sends one logical call (retried as needed with the same MS-RequestId); resolves to the parsed JSON body. */
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
}
