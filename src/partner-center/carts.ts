/**
 * Cart operations, as the five cart cmdlets use them.
 * - updateCart and addLineItem GET the cart and PUT the whole wire cart back, so every field the
 *   service sent (links, attributes, unknown ones) survives; only `lineItems` changes. How they
 *   stay safe with and without ETags, and after lost answers: cart-write.ts.
 * - addLineItem appends with the next free id (the original module never appended).
 * - checkout POSTs with no body, as the REST documentation says (the SDKs send the JSON string
 *   "success", which the service ignores; the emulator accepts both).
 * - Every answer is checked against the documented shape before it becomes an object
 *   (response-shapes.ts).
 *
 * @module
 */
import type { PartnerCenterClient } from './client-types.ts';
import type { PSCart, PSCartCheckoutResult, PSCartLineItem } from './models.ts';
import { cartFromWire, lineItemToWire } from './cart-mapping.ts';
import { writeCart } from './cart-write.ts';
import { checkoutResultFromWire } from './checkout-mapping.ts';
import { lineItemHolds, lineItemsHold } from './line-item-match.ts';
import { EXPECT_CART, EXPECT_CHECKOUT_RESULT } from './response-shapes.ts';
import { readNumber } from './wire.ts';

/** `{46a62ece-…}` → `46a62ece-…`: the original module accepted braces; the URL takes the bare GUID. */
export function bareId(id: string): string {
  return id.trim().replace(/^\{(.*)\}$/, '$1');
}

export function cartsPath(customerId: string, cartId?: string): string {
  const base = `/v1/customers/${encodeURIComponent(bareId(customerId))}/carts`;
  return cartId === undefined ? base : `${base}/${encodeURIComponent(bareId(cartId))}`;
}

export interface CreateCartOptions {
  /** Cart-level PartnerOnRecordAttestationAccepted (create-a-cart request table), sent only when given. */
  partnerOnRecordAttestationAccepted?: boolean;
}

export async function createCart(
  client: PartnerCenterClient, customerId: string, lineItems: readonly PSCartLineItem[], options: CreateCartOptions = {},
): Promise<PSCart> {
  const body: Record<string, unknown> = {};
  if (options.partnerOnRecordAttestationAccepted !== undefined) body.PartnerOnRecordAttestationAccepted = options.partnerOnRecordAttestationAccepted;
  body.lineItems = lineItems.map(lineItemToWire);
  return cartFromWire(await client.request<unknown>('POST', cartsPath(customerId), body, { expect: EXPECT_CART }));
}

export async function getCart(client: PartnerCenterClient, customerId: string, cartId: string): Promise<PSCart> {
  return cartFromWire(await client.request<unknown>('GET', cartsPath(customerId, cartId), undefined, { expect: EXPECT_CART }));
}

function target(client: PartnerCenterClient, customerId: string, cartId: string) {
  return { client, path: cartsPath(customerId, cartId), cartId: bareId(cartId) };
}

export async function updateCart(
  client: PartnerCenterClient, customerId: string, cartId: string, lineItems: readonly PSCartLineItem[],
): Promise<PSCart> {
  const wanted = lineItems.map(lineItemToWire);
  return cartFromWire(await writeCart(target(client, customerId, cartId), {
    apply: () => wanted,
    holds: (stored, written) => lineItemsHold(written, stored),
    retryWhenLost: false,
  }));
}

/** The next free line item id: one past the highest in use (0 for an empty cart). */
export function nextLineItemId(lineItems: readonly unknown[]): number {
  return lineItems.reduce<number>((next, item) => Math.max(next, (readNumber(item, 'id') ?? -1) + 1), 0);
}

export async function addLineItem(
  client: PartnerCenterClient, customerId: string, cartId: string, lineItem: PSCartLineItem,
): Promise<PSCart> {
  const wire = lineItemToWire(lineItem);
  return cartFromWire(await writeCart(target(client, customerId, cartId), {
    apply: (existing) => [...existing, { ...wire, id: nextLineItemId(existing) }],
    // the appended line (with the id this call gave it) is in the cart
    holds: (stored, written) => stored.some((item) => lineItemHolds(written.at(-1), item)),
    retryWhenLost: true,
  }));
}

export async function checkout(client: PartnerCenterClient, customerId: string, cartId: string): Promise<PSCartCheckoutResult> {
  const path = `${cartsPath(customerId, cartId)}/checkout`;
  return checkoutResultFromWire(await client.request<unknown>('POST', path, undefined, { expect: EXPECT_CHECKOUT_RESULT }));
}
