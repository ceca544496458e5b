/**
 * Partner Center faults as the emulator answers them:
 * `{"code": 800008, "description": "...", "data": [], "source": "PartnerFD"}`.
 *
 * @module
 */

export class EmulatorApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly description: string,
    readonly data: unknown[] = [],
  ) {
    super(description);
    this.name = 'EmulatorApiError';
  }

  toBody(): Record<string, unknown> {
    return { code: this.code, description: this.description, data: this.data, source: 'PartnerFD' };
  }
}

/** The documented cart error codes, one factory each. */
export const apiErrors = {
  tokenMissing: () => new EmulatorApiError(401, 800001, 'Authorization token is missing or invalid.'),
  invalidInput: (why: string) => new EmulatorApiError(400, 800002, `Invalid request input: ${why}`),
  unexpected: (why = 'An unexpected error occurred in the service.') => new EmulatorApiError(500, 800003, why),
  invalidOffer: (catalogItemId: string) =>
    new EmulatorApiError(400, 800004, `The offer id '${catalogItemId}' is invalid or not available to this partner.`),
  cartNotFound: (cartId: string) =>
    new EmulatorApiError(404, 800008, `Unable to retrieve the cart with id ${cartId}: it does not exist or has expired.`),
  cartItemErrors: (data: unknown[]) =>
    new EmulatorApiError(400, 800009, 'The cart has line items with errors; fix or remove them and try again.', data),
  cartBusy: (cartId: string) =>
    new EmulatorApiError(409, 800064, `Cart ${cartId} is being processed by another request.`),
  /** HTTP 412 (listed on the error-codes page); not 800064, which the docs define only as "being processed". */
  cartChanged: (cartId: string) =>
    new EmulatorApiError(412, 412, `The cart ${cartId} was changed by another request since it was read: the If-Match ETag no longer matches. Read it again and retry.`),
  cartOrdered: (cartId: string) =>
    new EmulatorApiError(400, 800002, `Invalid request input: the cart ${cartId} has been ordered and can no longer be changed.`),
  notFound: (path: string) => new EmulatorApiError(404, 404, `The resource ${path} was not found.`),
  methodNotAllowed: (method: string, path: string) =>
    new EmulatorApiError(405, 405, `The method ${method} is not allowed on ${path}.`),
  /** Not retryable (422): retrying cannot mend a damaged file. */
  corruptState: (message: string) => new EmulatorApiError(422, 800003, message),
  wrongHost: (host: string) =>
    new EmulatorApiError(403, 403, `The Host header '${host.slice(0, 100)}' is not this emulator's address; only 127.0.0.1, localhost and [::1] with its own port are answered.`),
  orderNotFound: (orderId: string) => new EmulatorApiError(404, 800008, `Unable to retrieve the order with id ${orderId}.`),
};
