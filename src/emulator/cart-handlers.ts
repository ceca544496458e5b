/**
 * POST/GET/PUT /v1/customers/{customerId}/carts[/{cartId}].
 * Expiry: an Active cart past its expirationTimestamp (7 days after creation) answers 404
 * 800008 like one that never existed; Ordered carts stay readable. Updating an Ordered cart is
 * 400 800065. PUT takes only `lineItems` from the body: the server owns every other field.
 * Cart answers carry `ETag: "<revision>"`; a PUT with an If-Match that no longer matches (another
 * request changed the cart since it was read) is 409 800064, so read-modify-write clients can retry.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { WireObject } from '../partner-center/wire.ts';
import { apiErrors } from './api-error.ts';
import { readCartLineItems } from './cart-input.ts';
import { CART_LIFETIME_MS, EMULATOR_USER_ID } from './context.ts';
import type { ApiRequest, ApiResponse, EmulatorContext } from './context.ts';
import { LockTimeoutError, withFileLock } from './file-lock.ts';
import { buildStoredLineItems } from './line-item-rules.ts';
import { cartLockPath, createCartRecord, etagOf, readCartRecord, writeCartRecord } from './store.ts';
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

function newCart(customerId: string, lineItems: WireObject[], now: Date): WireObject {
  const id = randomUUID();
  const stamp = now.toISOString();
  return {
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
}

export async function createCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const customerId = request.params.customerId!;
  const lineItems = buildStoredLineItems(readCartLineItems(request.body));
  const record: CartRecord = { customerId, cart: newCart(customerId, lineItems, context.now()), revision: 1 };
  if (!(await createCartRecord(context.dataDir, record))) throw apiErrors.unexpected('Cart id collision; try again.');
  return { status: 201, body: record.cart, headers: { ETag: etagOf(record) } };
}

export async function getCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const record = loadCart(context, request.params.customerId!, request.params.cartId!);
  return { status: 200, body: record.cart, headers: { ETag: etagOf(record) } };
}

export async function updateCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const { customerId, cartId } = request.params as { customerId: string; cartId: string };
  const lineItems = buildStoredLineItems(readCartLineItems(request.body));
  return withCartLock(context, customerId, cartId, async () => {
    const record = loadCart(context, customerId, cartId);
    if (record.cart.status !== 'Active') throw apiErrors.alreadySubmitted(cartId);
    if (request.ifMatch !== undefined && request.ifMatch !== '*' && request.ifMatch !== etagOf(record)) throw apiErrors.cartChanged(cartId);
    const cart = {
      ...record.cart,
      lineItems,
      lastModifiedTimestamp: context.now().toISOString(),
      lastModifiedUser: EMULATOR_USER_ID,
    };
    const updated: CartRecord = { ...record, cart, revision: (record.revision ?? 0) + 1 };
    await writeCartRecord(context.dataDir, updated);
    return { status: 200, body: cart, headers: { ETag: etagOf(updated) } };
  });
}
