/**
 * Cart operations, as the five cart cmdlets use them.
 * - updateCart and addLineItem GET the cart and PUT the whole wire cart back, so every field the
 *   service sent (links, attributes, unknown ones) survives; only `lineItems` changes.
 * - addLineItem appends with the next free id (the original module never appended).
 * - When the service sends an ETag with the cart (the emulator does; the public service does not
 *   document one), the PUT carries If-Match, and a conflict (409 800064: another request changed
 *   the cart in between) re-reads and re-applies the change, so concurrent Add- calls lose nothing.
 * - checkout POSTs with no body, as the REST documentation says (the SDKs send the JSON string
 *   "success", which the service ignores; the emulator accepts both).
 *
 * @module
 */
import type { PartnerCenterClient } from './client-types.ts';
import type { PSCart, PSCartCheckoutResult, PSCartLineItem } from './models.ts';
import { cartFromWire, lineItemToWire } from './cart-mapping.ts';
import { checkoutResultFromWire } from './checkout-mapping.ts';
import { PartnerCenterError } from './errors.ts';
import { isWireObject, readArray, readNumber } from './wire.ts';
import type { WireObject } from './wire.ts';

/** `{46a62ece-…}` → `46a62ece-…`: the original module accepted braces; the URL takes the bare GUID. */
export function bareId(id: string): string {
  return id.trim().replace(/^\{(.*)\}$/, '$1');
}

export function cartsPath(customerId: string, cartId?: string): string {
  const base = `/v1/customers/${encodeURIComponent(bareId(customerId))}/carts`;
  return cartId === undefined ? base : `${base}/${encodeURIComponent(bareId(cartId))}`;
}

export async function createCart(client: PartnerCenterClient, customerId: string, lineItems: readonly PSCartLineItem[]): Promise<PSCart> {
  const body = { lineItems: lineItems.map(lineItemToWire) };
  return cartFromWire(await client.request<unknown>('POST', cartsPath(customerId), body));
}

export async function getCart(client: PartnerCenterClient, customerId: string, cartId: string): Promise<PSCart> {
  return cartFromWire(await client.request<unknown>('GET', cartsPath(customerId, cartId)));
}

/** Re-reads and re-applies at most this many times when the cart changed under us. */
const MAX_CONFLICT_ROUNDS = 10;

interface VersionedCart {
  cart: WireObject;
  etag: string | undefined;
}

async function getWireCart(client: PartnerCenterClient, customerId: string, cartId: string): Promise<VersionedCart> {
  let etag: string | undefined;
  const raw = await client.request<unknown>('GET', cartsPath(customerId, cartId), undefined, {
    onResponse: (headers) => {
      etag = headers.etag;
    },
  });
  return { cart: isWireObject(raw) ? raw : {}, etag };
}

/** Replaces the wire cart's line items (whatever its key casing) and PUTs the whole cart. */
async function putWithLineItems(
  client: PartnerCenterClient, customerId: string, cartId: string, current: VersionedCart, lineItems: unknown[],
): Promise<PSCart> {
  const body: WireObject = {};
  for (const [key, value] of Object.entries(current.cart)) {
    if (key.toLowerCase() !== 'lineitems') body[key] = value;
  }
  body.lineItems = lineItems;
  const options = current.etag === undefined ? {} : { headers: { 'If-Match': current.etag } };
  return cartFromWire(await client.request<unknown>('PUT', cartsPath(customerId, cartId), body, options));
}

function isConflict(error: unknown): boolean {
  return error instanceof PartnerCenterError && error.status === 409 && error.code === '800064';
}

/** GET, change the line items, PUT; again from the GET when an If-Match PUT lost a race. */
async function readModifyWrite(
  client: PartnerCenterClient, customerId: string, cartId: string, change: (lineItems: unknown[]) => unknown[],
): Promise<PSCart> {
  for (let round = 1; ; round++) {
    const current = await getWireCart(client, customerId, cartId);
    try {
      return await putWithLineItems(client, customerId, cartId, current, change(readArray(current.cart, 'lineItems')));
    } catch (error) {
      if (current.etag === undefined || round >= MAX_CONFLICT_ROUNDS || !isConflict(error)) throw error;
    }
  }
}

export async function updateCart(
  client: PartnerCenterClient, customerId: string, cartId: string, lineItems: readonly PSCartLineItem[],
): Promise<PSCart> {
  return readModifyWrite(client, customerId, cartId, () => lineItems.map(lineItemToWire));
}

/** The next free line item id: one past the highest in use (0 for an empty cart). */
export function nextLineItemId(lineItems: readonly unknown[]): number {
  return lineItems.reduce<number>((next, item) => Math.max(next, (readNumber(item, 'id') ?? -1) + 1), 0);
}

export async function addLineItem(
  client: PartnerCenterClient, customerId: string, cartId: string, lineItem: PSCartLineItem,
): Promise<PSCart> {
  return readModifyWrite(client, customerId, cartId, (existing) => [
    ...existing,
    { ...lineItemToWire(lineItem), id: nextLineItemId(existing) },
  ]);
}

export async function checkout(client: PartnerCenterClient, customerId: string, cartId: string): Promise<PSCartCheckoutResult> {
  return checkoutResultFromWire(await client.request<unknown>('POST', `${cartsPath(customerId, cartId)}/checkout`));
}
