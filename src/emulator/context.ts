/** What every emulator route handler gets and returns. */
import type { LockOptions } from '../core/file-lock.ts';

export interface EmulatorContext {
  dataDir: string;
  /** Server clock: timestamps and cart expiry (injectable for tests). */
  now(): Date;
  lock?: LockOptions;
  /**
   * false mimics the documented service, whose cart answers carry no ETag: none is sent and
   * If-Match is ignored. true (the default) sends `ETag: "<revision>"` and honours If-Match.
   */
  etags?: boolean;
}

export interface ApiRequest {
  method: string;
  path: string;
  /** Path parameters, lower-cased ids: customerId, cartId, orderId. */
  params: Record<string, string>;
  body: unknown;
  requestId: string;
  correlationId: string;
  /** The If-Match header, when sent. */
  ifMatch?: string;
  /** For an idempotent route called with MS-RequestId: the key its first answer is kept under. */
  idempotencyKey?: string;
  /** The query string (catalog filters, paging). */
  query?: URLSearchParams;
  /** The MS-ContinuationToken header, when sent: asks a collection for its next page. */
  continuationToken?: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The stored first answer to a repeated request. */
  replayed?: boolean;
}

export type RouteHandler = (request: ApiRequest, context: EmulatorContext) => Promise<ApiResponse>;

/** The user the emulator reports as lastModifiedUser. */
export const EMULATOR_USER_ID = '5b6a5e2c-8f3d-4c1e-9a7b-2d4e6f8a0c1b';

/** Carts expire this long after creation (current documentation: 7 days). */
export const CART_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
