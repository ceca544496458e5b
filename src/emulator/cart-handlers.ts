/**
 * POST/GET/PUT /v1/customers/{customerId}/carts[/{cartId}].
 * Expiry: an Active cart past its expirationTimestamp (7 days after creation) answers 404
 * 800008 like one that never existed; Ordered carts stay readable. Updating an Ordered cart is
 * 400 800002 (800065 is documented for checking one out, which is idempotent instead). PUT takes
 * only `lineItems` from the body: the server owns every other field. A create may carry the
 * cart-level `partnerOnRecordAttestationAccepted` (create-a-cart request table); it is kept.
 * Cart answers carry `ETag: "<revision>"` unless ETags are off (context.etags, the documented
 * service sends none); a PUT with an If-Match that no longer matches (another request changed the
 * cart since it was read) is 412 Precondition Failed, so read-modify-write clients can retry.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { readBoolean } from '../partner-center/wire.ts';
import type { WireObject } from '../partner-center/wire.ts';
import { apiErrors } from './api-error.ts';
import { readCartLineItems } from './cart-input.ts';
import { CART_LIFETIME_MS, EMULATOR_USER_ID } from './context.ts';
import type { ApiRequest, ApiResponse, EmulatorContext } from './context.ts';
import { LockTimeoutError, withFileLock } from '../core/file-lock.ts';
import { buildStoredLineItems } from './line-item-rules.ts';
import { cartIdForKey } from './request-key.ts';
import { cartLockPath, commitCartRecord, etagOf, readCartRecord } from './store.ts';
import type { CartRecord } from './store.ts';

/** The record of a cart that exists and has not expired, else 404 800008. */
export function loadCart(context: EmulatorContext, customerId: string, cartId: string): CartRecord {
  const record = readCartRecord(context.dataDir, customerId, cartId);
  if (!record) throw apiErrors.cartNotFound(cartId);
  const expires = Date.parse(String(record.cart.expirationTimestamp));
  if (record.cart.status === 'Active' && context.now().getTime() > expires) throw apiErrors.cartNotFound(cartId);
  return record;
}

/** Runs a read-modify-write of one cart under its lock; a lock held too long is 409 800064. */
export async function withCartLock<T>(context: EmulatorContext, customerId: string, cartId: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await withFileLock(cartLockPath(context.dataDir, customerId, cartId), work, context.lock);
  } catch (error) {
    if (error instanceof LockTimeoutError) throw apiErrors.cartBusy(cartId);
    throw error;
  }
}

function newCart(id: string, customerId: string, lineItems: WireObject[], now: Date, attestation: boolean | undefined): WireObject {
  const stamp = now.toISOString();
  const cart: WireObject = {
    id,
    creationTimestamp: stamp,
    lastModifiedTimestamp: stamp,
    expirationTimestamp: new Date(now.getTime() + CART_LIFETIME_MS).toISOString(),
    lastModifiedUser: EMULATOR_USER_ID,
    lineItems,
    status: 'Active',
    links: { self: { uri: `/customers/${customerId}/carts/${id}`, method: 'GET', headers: [] } },
    attributes: { objectType: 'Cart' },
  };
  if (attestation !== undefined) cart.partnerOnRecordAttestationAccepted = attestation;
  return cart;
}

/** The ETag header of a cart answer, or none when ETags are off. */
function etagHeader(context: EmulatorContext, record: CartRecord): Record<string, string> {
  return context.etags === false ? {} : { ETag: etagOf(record) };
}

/** The stored first answer to this request key, when the cart it names exists and holds one. */
function storedAnswer(context: EmulatorContext, customerId: string, cartId: string, key: string | undefined): ApiResponse | undefined {
  if (key === undefined) return undefined;
  const answer = readCartRecord(context.dataDir, customerId, cartId)?.requests?.[key];
  return answer ? { ...answer, replayed: true } : undefined;
}

/**
 * With MS-RequestId the cart id comes from the request key, so the cart and its create's answer
 * are one exclusive file: a repeat (even after a crash) finds it and replays the first answer.
 */
export async function createCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const customerId = request.params.customerId!;
  const key = request.idempotencyKey;
  const cartId = key === undefined ? randomUUID() : cartIdForKey(key);
  const replay = storedAnswer(context, customerId, cartId, key);
  if (replay) return replay;
  const lineItems = buildStoredLineItems(readCartLineItems(request.body));
  const attestation = readBoolean(request.body, 'partnerOnRecordAttestationAccepted');
  const record: CartRecord = { customerId, cart: newCart(cartId, customerId, lineItems, context.now(), attestation), revision: 1 };
  const answer: ApiResponse = { status: 201, body: record.cart, headers: etagHeader(context, record) };
  if (key !== undefined) record.requests = { [key]: answer };
  if (await commitCartRecord(context.dataDir, record, 'create')) return answer;
  const raced = storedAnswer(context, customerId, cartId, key);
  if (raced) return raced;
  throw apiErrors.unexpected('Cart id collision; try again.');
}

export async function getCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const record = loadCart(context, request.params.customerId!, request.params.cartId!);
  return { status: 200, body: record.cart, headers: etagHeader(context, record) };
}

export async function updateCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const { customerId, cartId } = request.params as { customerId: string; cartId: string };
  const lineItems = buildStoredLineItems(readCartLineItems(request.body));
  return withCartLock(context, customerId, cartId, async () => {
    const record = loadCart(context, customerId, cartId);
    if (record.cart.status !== 'Active') throw apiErrors.cartOrdered(cartId);
    const checksIfMatch = context.etags !== false && request.ifMatch !== undefined && request.ifMatch !== '*';
    if (checksIfMatch && request.ifMatch !== etagOf(record)) throw apiErrors.cartChanged(cartId);
    const cart = {
      ...record.cart,
      lineItems,
      lastModifiedTimestamp: context.now().toISOString(),
      lastModifiedUser: EMULATOR_USER_ID,
    };
    const updated: CartRecord = { ...record, cart, revision: (record.revision ?? 0) + 1 };
    await commitCartRecord(context.dataDir, updated, 'replace');
    return { status: 200, body: cart, headers: etagHeader(context, updated) };
  });
}
