/**
 * Catalog rules for cart line items, and the line items as the server stores them (ids,
 * currencyCode, orderGroup, per-line errors).
 *
 * | rule                                                        | answer                                 |
 * |-------------------------------------------------------------|----------------------------------------|
 * | malformed body / line (see cart-input.ts)                   | 400 800002 for the request             |
 * | catalogItemId not in the catalog (line or add-on)           | 400 800004 for the request             |
 * | quantity below the item's minimum (0, negative)             | 400 800002 for the request             |
 * | add-on bought alone, base offer as add-on, wrong base offer | line error 10001 CatalogItemIdIsNotValid |
 * | billingCycle not offered for the item                       | line error 10013 BillingPlanNotSupported |
 * | termDuration missing (where required) or not offered;       | line error 10010 InvalidInput          |
 * |   renewsTo term not offered; provisioningContext key missing|                                        |
 * | promotionId not offered for the item                        | line error 10014 InvalidPromotionId    |
 * | quantity above the item's maximum                           | line error 10015 MaxAllowedSeatsPerSubscriptionExceeded |
 * | add-on quantity above its base offer's quantity             | line error 10018 BaseOfferSeatQuantityNotMet |
 *
 * Line errors do not fail the create or update: the cart is saved with `error` on the line, as
 * the service does; checking such a cart out fails with 400 800009 listing the lines.
 *
 * Order errors happen at checkout only, per order group (see orderGroupErrorOf and checkout.ts):
 *
 * - rule: a reserved-instance line (its offer needs provisioningContext.subscriptionId) names a
 *   subscription that is not registered for reserved instances (resource provider Microsoft.Capacity);
 * - answer: that order group is not ordered: orderErrors gets `{orderGroupId, code: 10011, description}`
 *   (SubscriptionNotRegistered); the other groups are.
 *
 * The emulator has no Azure subscriptions of its own: every subscription id counts as registered
 * except UNREGISTERED_SUBSCRIPTION_ID, kept unregistered on purpose so tests and demos can reach
 * the rule (the ids in the help examples are registered).
 *
 * @module
 */
import { CART_ERROR_CODES } from '../partner-center/cart-error-codes.ts';
import type { CartErrorCodeName } from '../partner-center/cart-error-codes.ts';
import { compact, enumToWire } from '../partner-center/wire.ts';
import type { WireObject } from '../partner-center/wire.ts';
import { apiErrors } from './api-error.ts';
import { findCatalogItem, productIdOf } from './catalog.ts';
import type { CatalogItem } from './catalog.ts';
import type { InputLineItem } from './cart-input.ts';

export interface LineError {
  errorCode: number;
  errorDescription: string;
}

function lineError(name: CartErrorCodeName, description: string): LineError {
  return { errorCode: CART_ERROR_CODES[name], errorDescription: description };
}

/** Request-level checks: every offer known, every quantity at least the minimum. */
function checkRequest(items: readonly InputLineItem[]): void {
  for (const item of items.flatMap((line) => [line, ...(line.addonItems ?? [])])) {
    const offer = findCatalogItem(item.catalogItemId);
    if (!offer) throw apiErrors.invalidOffer(item.catalogItemId);
    if (item.quantity < offer.minQuantity) {
      throw apiErrors.invalidInput(`${item.catalogItemId} needs a quantity of at least ${offer.minQuantity}, got ${item.quantity}`);
    }
  }
}

function checkOffer(item: InputLineItem, offer: CatalogItem, parent?: InputLineItem): LineError | undefined {
  if (parent === undefined && offer.addonFor) return lineError('CatalogItemIdIsNotValid', `${offer.catalogItemId} is an add-on and must be bought with its base offer.`);
  if (parent !== undefined && !offer.addonFor?.includes(productIdOf(parent.catalogItemId))) {
    return lineError('CatalogItemIdIsNotValid', `${offer.catalogItemId} is not an add-on of ${parent.catalogItemId}.`);
  }
  if (!offer.billingCycles.includes(item.billingCycle)) {
    return lineError('BillingPlanNotSupported', `Billing cycle ${item.billingCycle} is not available for ${offer.catalogItemId}; use ${offer.billingCycles.join(', ')}.`);
  }
  return undefined;
}

function checkTerms(item: InputLineItem, offer: CatalogItem): LineError | undefined {
  if (item.termDuration === undefined && offer.termRequired) return lineError('InvalidInput', `termDuration is required for ${offer.catalogItemId}.`);
  for (const term of [item.termDuration, item.renewsTo?.termDuration]) {
    if (term !== undefined && !offer.termDurations.includes(term.toUpperCase())) {
      return lineError('InvalidInput', `Term duration ${term} is not available for ${offer.catalogItemId}; use ${offer.termDurations.join(', ')}.`);
    }
  }
  const missing = offer.provisioningKeys.filter((key) => !item.provisioningContext?.[key]);
  if (missing.length > 0) return lineError('InvalidInput', `provisioningContext needs ${missing.join(', ')} for ${offer.catalogItemId}.`);
  return undefined;
}

function checkQuantities(item: InputLineItem, offer: CatalogItem, parent?: InputLineItem): LineError | undefined {
  if (item.promotionId !== undefined && !offer.promotions.includes(item.promotionId)) {
    return lineError('InvalidPromotionId', `Promotion ${item.promotionId} is not available for ${offer.catalogItemId}.`);
  }
  if (item.quantity > offer.maxQuantity) {
    return lineError('MaxAllowedSeatsPerSubscriptionExceeded', `At most ${offer.maxQuantity} seats of ${offer.catalogItemId} per subscription; got ${item.quantity}.`);
  }
  if (parent !== undefined && item.quantity > parent.quantity) {
    return lineError('BaseOfferSeatQuantityNotMet', `The add-on quantity ${item.quantity} exceeds its base offer's ${parent.quantity}.`);
  }
  return undefined;
}

/** The first rule a line breaks (after checkRequest passed), or undefined. */
function lineErrorOf(item: InputLineItem, parent?: InputLineItem): LineError | undefined {
  const offer = findCatalogItem(item.catalogItemId);
  if (!offer) return lineError('CatalogItemIdIsNotValid', `${item.catalogItemId} is not a valid catalog item.`);
  return checkOffer(item, offer, parent) ?? checkTerms(item, offer) ?? checkQuantities(item, offer, parent);
}

function storedItem(item: InputLineItem, id: number, orderGroup: string, parent?: InputLineItem): WireObject {
  const offer = findCatalogItem(item.catalogItemId);
  return compact({
    id,
    catalogItemId: offer?.catalogItemId ?? item.catalogItemId,
    friendlyName: item.friendlyName ?? offer?.title,
    quantity: item.quantity,
    currencyCode: 'USD',
    billingCycle: enumToWire(item.billingCycle),
    termDuration: item.termDuration?.toUpperCase(),
    promotionId: item.promotionId,
    participants: item.participants?.map((p) => ({ key: enumToWire(p.key), value: p.value })),
    provisioningContext: item.provisioningContext ?? {},
    orderGroup,
    addonItems: item.addonItems?.map((addon, index) => storedItem(addon, index, orderGroup, item)),
    renewsTo: item.renewsTo ? { termDuration: item.renewsTo.termDuration.toUpperCase() } : undefined,
    error: lineErrorOf(item, parent),
    customTermEndDate: item.customTermEndDate,
    attestationAccepted: item.attestationAccepted,
  });
}

/**
 * The line items as stored and answered: given ids kept, missing ones get the next free id;
 * one orderGroup per billing cycle ("0", "1", … in order of appearance), add-ons share their parent's.
 */
export function buildStoredLineItems(items: readonly InputLineItem[]): WireObject[] {
  checkRequest(items);
  const groups: string[] = [];
  let nextId = items.reduce((next, item) => Math.max(next, (item.id ?? -1) + 1), 0);
  return items.map((item) => {
    if (!groups.includes(item.billingCycle)) groups.push(item.billingCycle);
    const id = item.id ?? nextId++;
    return storedItem(item, id, String(groups.indexOf(item.billingCycle)));
  });
}

/** The one Azure subscription the emulator treats as not registered for reserved instances. */
export const UNREGISTERED_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000010011';

export interface OrderGroupError {
  orderGroupId: string;
  code: number;
  description: string;
}

/** Why checkout cannot order this group (its stored lines and add-ons), or undefined when it can. */
export function orderGroupErrorOf(orderGroupId: string, items: readonly WireObject[]): OrderGroupError | undefined {
  const lines = items.flatMap((item) => [item, ...((Array.isArray(item.addonItems) ? item.addonItems : []) as WireObject[])]);
  for (const line of lines) {
    const offer = findCatalogItem(String(line.catalogItemId));
    if (!offer?.provisioningKeys.includes('subscriptionId')) continue;
    const context = (line.provisioningContext ?? {}) as Record<string, unknown>;
    const subscriptionId = String(context.subscriptionId ?? '').trim().replace(/^\{(.*)\}$/, '$1');
    if (subscriptionId.toLowerCase() === UNREGISTERED_SUBSCRIPTION_ID) {
      return {
        orderGroupId,
        code: CART_ERROR_CODES.SubscriptionNotRegistered,
        description: `Subscription ${subscriptionId} is not registered for reserved instance purchases (resource provider Microsoft.Capacity); register it and order line item ${String(line.id)} (${offer.catalogItemId}) again.`,
      };
    }
  }
  return undefined;
}
