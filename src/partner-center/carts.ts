/**
 * Cart operations, as the five cart cmdlets use them.
 * - updateCart and addLineItem GET the cart and PUT the whole wire cart back, so every field the
 *   service sent (links, attributes, unknown ones) survives; only `lineItems` changes.
 * - addLineItem appends with the next free id (the original module never appended).
 * - checkout POSTs with no body, as the REST documentation says (the SDKs send the JSON string
 *   "success", which the service ignores; the emulator accepts both).
 *
 * @module
 */
import type { PartnerCenterClient } from './client-types.ts';
import type { PSCart, PSCartCheckoutResult, PSCartLineItem } from './models.ts';
import { cartFromWire, lineItemToWire } from './cart-mapping.ts';
import { checkoutResultFromWire } from './checkout-mapping.ts';
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

async function getWireCart(client: PartnerCenterClient, customerId: string, cartId: string): Promise<WireObject> {
  const raw = await client.request<unknown>('GET', cartsPath(customerId, cartId));
  return isWireObject(raw) ? raw : {};
}

/** Replaces the wire cart's line items (whatever its key casing) and PUTs the whole cart. */
async function putWithLineItems(
  client: PartnerCenterClient, customerId: string, cartId: string, cart: WireObject, lineItems: unknown[],
): Promise<PSCart> {
  const body: WireObject = {};
  for (const [key, value] of Object.entries(cart)) {
    if (key.toLowerCase() !== 'lineitems') body[key] = value;
  }
  body.lineItems = lineItems;
  return cartFromWire(await client.request<unknown>('PUT', cartsPath(customerId, cartId), body));
}

export async function updateCart(
  client: PartnerCenterClient, customerId: string, cartId: string, lineItems: readonly PSCartLineItem[],
): Promise<PSCart> {
  const cart = await getWireCart(client, customerId, cartId);
  return putWithLineItems(client, customerId, cartId, cart, lineItems.map(lineItemToWire));
}

/** The next free line item id: one past the highest in use (0 for an empty cart). */
export function nextLineItemId(lineItems: readonly unknown[]): number {
  return lineItems.reduce<number>((next, item) => Math.max(next, (readNumber(item, 'id') ?? -1) + 1), 0);
}

export async function addLineItem(
  client: PartnerCenterClient, customerId: string, cartId: string, lineItem: PSCartLineItem,
): Promise<PSCart> {
  const cart = await getWireCart(client, customerId, cartId);
  const existing = readArray(cart, 'lineItems');
  const added = { ...lineItemToWire(lineItem), id: nextLineItemId(existing) };
  return putWithLineItems(client, customerId, cartId, cart, [...existing, added]);
}

export async function checkout(client: PartnerCenterClient, customerId: string, cartId: string): Promise<PSCartCheckoutResult> {
  return checkoutResultFromWire(await client.request<unknown>('POST', `${cartsPath(customerId, cartId)}/checkout`));
}
