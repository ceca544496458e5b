/**
 * POST /v1/customers/{customerId}/carts/{cartId}/checkout.
 * - One order per orderGroup; lineItemNumber restarts at 0 in each order; add-ons follow their
 *   base offer with parentSubscriptionId set. Orders carry what the SDK's Order does: links
 *   (self, provisioningStatus), attributes, totalPrice; line items transactionType "New" (as the
 *   checkout sample), pricing from the catalog's list price, the partners of record from the
 *   participants, promotionId, customTermEndDate, attestationAccepted and their links.
 * - A cart with line errors: 400 800009, `data` lists `{lineItemId, errorCode, errorDescription}`.
 * - Order errors (line-item-rules.ts, orderGroupErrorOf): an order group that cannot be ordered —
 *   a reserved instance for a subscription not registered for reserved instances, code 10011
 *   SubscriptionNotRegistered — is left out and reported in `orderErrors`
 *   (`{orderGroupId, code, description}`); the other groups are ordered (201). When no group
 *   could be ordered nothing changes: the cart stays Active, so it can be fixed and checked out
 *   again, and the answer is not kept for replay.
 * - Idempotent, as the current documentation says: checking out an Ordered cart answers the
 *   original result again (200) — not the older 800065 — so a retry after a lost answer is safe.
 * - The cart record (status Ordered + the result + this request's answer for MS-RequestId replay)
 *   is written first, in one atomic step under the cart lock; the order files are an index
 *   written after it.
 *
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { compact, readArray, readField } from '../partner-center/wire.ts';
import type { WireObject } from '../partner-center/wire.ts';
import { apiErrors } from './api-error.ts';
import { loadCart, withCartLock } from './cart-handlers.ts';
import { findCatalogItem } from './catalog.ts';
import { orderGroupErrorOf } from './line-item-rules.ts';
import type { OrderGroupError } from './line-item-rules.ts';
import { EMULATOR_USER_ID } from './context.ts';
import type { ApiRequest, ApiResponse, EmulatorContext } from './context.ts';
import { commitCartRecord, writeOrder } from './store.ts';

/** The partners of record from the line's participants (create-a-cart: transaction_reseller, additional_transaction_reseller). */
function partnersOfRecord(item: WireObject): WireObject {
  const participants = readArray(item, 'participants');
  const idsOf = (type: string) => participants.filter((p) => readField(p, 'key') === type).map((p) => String(readField(p, 'value')));
  const additional = idsOf('additional_transaction_reseller');
  return compact({
    partnerIdOnRecord: idsOf('transaction_reseller')[0],
    additionalPartnerIdsOnRecord: additional.length > 0 ? additional : undefined,
  });
}

/** subscription, product, sku and availability links, as the service's order line items carry. */
function lineLinks(customerId: string, catalogItemId: string, subscriptionId: string): WireObject {
  const link = (uri: string) => ({ uri, method: 'GET', headers: [] });
  const [product, sku, availability] = catalogItemId.split(':');
  const links: WireObject = { subscription: link(`/customers/${customerId}/subscriptions/${subscriptionId}`) };
  if (product && sku && availability) {
    links.product = link(`/products/${product}?country=US`);
    links.sku = link(`/products/${product}/skus/${sku}?country=US`);
    links.availability = link(`/products/${product}/skus/${sku}/availabilities/${availability}?country=US`);
  }
  return links;
}

function orderLineItem(customerId: string, item: WireObject, number: number, parentSubscriptionId?: string): WireObject {
  const subscriptionId = randomUUID();
  const quantity = Number(item.quantity);
  const unitPrice = findCatalogItem(String(item.catalogItemId))?.unitPrice ?? 0;
  return compact({
    lineItemNumber: number,
    offerId: item.catalogItemId,
    subscriptionId,
    parentSubscriptionId,
    termDuration: item.termDuration,
    renewsTo: item.renewsTo,
    transactionType: 'New',
    promotionId: item.promotionId,
    customTermEndDate: item.customTermEndDate,
    friendlyName: item.friendlyName,
    quantity,
    pricing: { listPrice: unitPrice, extendedPrice: roundCents(unitPrice * quantity) },
    ...partnersOfRecord(item),
    provisioningContext: item.provisioningContext ?? {},
    attestationAccepted: item.attestationAccepted,
    links: lineLinks(customerId, String(item.catalogItemId), subscriptionId),
    attributes: { objectType: 'OrderLineItem' },
  });
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function orderLines(customerId: string, items: WireObject[]): WireObject[] {
  const lines: WireObject[] = [];
  for (const item of items) {
    const base = orderLineItem(customerId, item, lines.length);
    lines.push(base);
    for (const addon of readArray(item, 'addonItems') as WireObject[]) {
      lines.push(orderLineItem(customerId, addon, lines.length, String(base.subscriptionId)));
    }
  }
  return lines;
}

/** Order groups in order, each with its lines. */
function orderGroups(items: WireObject[]): { group: string; members: WireObject[] }[] {
  const groups = [...new Set(items.map((item) => String(item.orderGroup)))].sort();
  return groups.map((group) => ({ group, members: items.filter((item) => String(item.orderGroup) === group) }));
}

function buildOrders(cart: WireObject, customerId: string, groups: { group: string; members: WireObject[] }[], now: Date): WireObject[] {
  return groups.map(({ members }) => {
    const id = randomBytes(21).toString('base64url');
    const lineItems = orderLines(customerId, members);
    const totalPrice = roundCents(lineItems.reduce((sum, line) => sum + Number(readField(readField(line, 'pricing'), 'extendedPrice') ?? 0), 0));
    return compact({
      id,
      alternateId: randomBytes(6).toString('hex'),
      referenceCustomerId: customerId,
      billingCycle: members[0]!.billingCycle,
      currencyCode: 'USD',
      currencySymbol: '$',
      lineItems,
      creationDate: now.toISOString(),
      status: 'completed',
      transactionType: 'UserPurchase',
      totalPrice,
      partnerOnRecordAttestationAccepted: cart.partnerOnRecordAttestationAccepted,
      links: {
        self: { uri: `/customers/${customerId}/orders/${id}`, method: 'GET', headers: [] },
        provisioningStatus: { uri: `/customers/${customerId}/orders/${id}/provisioningstatus`, method: 'GET', headers: [] },
      },
      attributes: { objectType: 'Order' },
    });
  });
}

function lineErrors(items: WireObject[]): WireObject[] {
  return items.flatMap((item) =>
    [item, ...(readArray(item, 'addonItems') as WireObject[])].flatMap((line) => {
      const error = readField(line, 'error');
      return error ? [{ lineItemId: line.id, catalogItemId: line.catalogItemId, ...(error as WireObject) }] : [];
    }),
  );
}

export async function checkoutCart(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const { customerId, cartId } = request.params as { customerId: string; cartId: string };
  const key = request.idempotencyKey;
  return withCartLock(context, customerId, cartId, async () => {
    const record = loadCart(context, customerId, cartId);
    if (record.checkoutResult) {
      // A crash may have come between the cart write and the order index: complete the index.
      for (const order of readArray(record.checkoutResult, 'orders') as WireObject[]) await writeOrder(context.dataDir, customerId, order);
      const replay = key === undefined ? undefined : record.requests?.[key];
      return replay ? { ...replay, replayed: true } : { status: 200, body: record.checkoutResult };
    }
    const items = readArray(record.cart, 'lineItems') as WireObject[];
    const errors = lineErrors(items);
    if (errors.length > 0) throw apiErrors.cartItemErrors(errors);
    const now = context.now();
    const groups = orderGroups(items);
    const orderErrors: OrderGroupError[] = [];
    const orderable = groups.filter(({ group, members }) => {
      const error = orderGroupErrorOf(group, members);
      if (error) orderErrors.push(error);
      return !error;
    });
    const orders = buildOrders(record.cart, customerId, orderable, now);
    const result = { orders, orderErrors, attributes: { objectType: 'CartCheckoutResult' } };
    if (orders.length === 0) return { status: 201, body: result };
    const cart = { ...record.cart, status: 'Ordered', lastModifiedTimestamp: now.toISOString(), lastModifiedUser: EMULATOR_USER_ID };
    const answer: ApiResponse = { status: 201, body: result };
    const requests = key === undefined ? record.requests : { ...record.requests, [key]: answer };
    await commitCartRecord(context.dataDir, { ...record, cart, checkoutResult: result, revision: (record.revision ?? 0) + 1, ...(requests ? { requests } : {}) }, 'replace');
    for (const order of orders) await writeOrder(context.dataDir, customerId, order);
    return answer;
  });
}
