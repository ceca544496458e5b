/**
 * The emulator's answers look like Partner Center's, property for property: every cart, line
 * item, order, order line item and pricing property it sends is one the documentation or the SDK
 * models name, with the JSON type the documented samples (test/partner-center/fixtures) give it;
 * and every answer passes the same build-time compiled schemas the client checks answers with.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import validateCart from '../../src/partner-center/generated/cart.validate.js';
import validateCheckoutResult from '../../src/partner-center/generated/checkout-result.validate.js';
import { CREATE_CART_RESPONSE, UPDATE_CART_RESPONSE } from '../partner-center/fixtures/cart-samples.ts';
import { CHECKOUT_RESPONSE } from '../partner-center/fixtures/checkout-samples.ts';
import { ADDON_ITEM, BASIC_ITEM, CUSTOMER, RI_ITEM, startHarness } from '../partner-center/support.ts';
import { call } from './http.ts';

type Kind = 'cart' | 'cartLineItem' | 'checkoutResult' | 'order' | 'orderLineItem' | 'pricing' | 'link';

/** Property names per kind: cart-resources page and the SDK models (Cart, CartLineItem, Order, OrderLineItem, Pricing, Link). */
const DOCUMENTED: Record<Kind, readonly string[]> = {
  cart: ['id', 'creationTimestamp', 'lastModifiedTimestamp', 'expirationTimestamp', 'lastModifiedUser', 'lineItems', 'status', 'links', 'attributes', 'partnerOnRecordAttestationAccepted'],
  cartLineItem: ['id', 'catalogItemId', 'friendlyName', 'quantity', 'currencyCode', 'billingCycle', 'termDuration', 'promotionId', 'participants', 'provisioningContext', 'orderGroup', 'purchaseSystem', 'addonItems', 'renewsTo', 'error', 'customTermEndDate', 'attestationAccepted'],
  checkoutResult: ['orders', 'orderErrors', 'attributes'],
  order: ['id', 'alternateId', 'referenceCustomerId', 'billingCycle', 'currencyCode', 'currencySymbol', 'lineItems', 'creationDate', 'status', 'transactionType', 'links', 'totalPrice', 'partnerOnRecordAttestationAccepted', 'attributes'],
  orderLineItem: ['lineItemNumber', 'offerId', 'subscriptionId', 'parentSubscriptionId', 'termDuration', 'renewsTo', 'transactionType', 'promotionId', 'customTermEndDate', 'friendlyName', 'quantity', 'pricing', 'partnerIdOnRecord', 'additionalPartnerIdsOnRecord', 'provisioningContext', 'attestationAccepted', 'links', 'attributes'],
  pricing: ['listPrice', 'discountedPrice', 'proratedPrice', 'price', 'extendedPrice'],
  link: ['uri', 'method', 'headers'],
};

const CHILDREN: Partial<Record<Kind, Record<string, Kind>>> = {
  cart: { lineItems: 'cartLineItem' },
  cartLineItem: { addonItems: 'cartLineItem' },
  checkoutResult: { orders: 'order' },
  order: { lineItems: 'orderLineItem' },
  orderLineItem: { pricing: 'pricing' },
};

type Shape = Map<Kind, Map<string, Set<string>>>;

const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every property (lower-camel name → JSON types) seen per kind, walking into nested kinds and links. */
function shapeOf(kind: Kind, value: unknown, into: Shape = new Map()): Shape {
  if (Array.isArray(value)) {
    for (const item of value) shapeOf(kind, item, into);
    return into;
  }
  if (value === null || typeof value !== 'object') return into;
  const props = into.get(kind) ?? new Map<string, Set<string>>();
  into.set(kind, props);
  for (const [rawKey, entry] of Object.entries(value)) {
    const key = rawKey.charAt(0).toLowerCase() + rawKey.slice(1);
    props.set(key, (props.get(key) ?? new Set()).add(jsonType(entry)));
    const child = CHILDREN[kind]?.[key];
    if (child) shapeOf(child, entry, into);
    if (key === 'links' && entry && typeof entry === 'object') for (const link of Object.values(entry)) shapeOf('link', link, into);
  }
  return into;
}

const documentedShape = [
  shapeOf('cart', CREATE_CART_RESPONSE), shapeOf('cart', UPDATE_CART_RESPONSE), shapeOf('checkoutResult', CHECKOUT_RESPONSE),
];

function documentedTypes(kind: Kind, key: string): Set<string> {
  const types = new Set<string>();
  for (const shape of documentedShape) for (const type of shape.get(kind)?.get(key) ?? []) types.add(type);
  return types;
}

function assertDocumented(emitted: Shape): void {
  for (const [kind, props] of emitted) {
    for (const [key, types] of props) {
      assert.ok(DOCUMENTED[kind].includes(key), `${kind}.${key} is not a documented property`);
      const documented = documentedTypes(kind, key);
      for (const type of types) assert.ok(documented.size === 0 || documented.has(type), `${kind}.${key} is ${type}; the documented samples have ${[...documented].join('/')}`);
    }
  }
}

test('the fixtures themselves fit the documented property lists and the client\'s compiled schemas', () => {
  for (const shape of documentedShape) assertDocumented(shape);
  assert.ok(validateCart(CREATE_CART_RESPONSE) && validateCart(UPDATE_CART_RESPONSE), JSON.stringify(validateCart.errors));
  assert.ok(validateCheckoutResult(CHECKOUT_RESPONSE), JSON.stringify(validateCheckoutResult.errors));
});

test('every emulator answer of the cart lifecycle is documented property for property and passes the schemas', async () => {
  const h = await startHarness();
  try {
    const carts = `/v1/customers/${CUSTOMER}/carts`;
    const ri = { catalogItemId: RI_ITEM, quantity: 2, billingCycle: 'one_time', termDuration: 'P1Y', provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75' } };
    const basic = {
      catalogItemId: BASIC_ITEM, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M', promotionId: '39NFJQT1Q5KV:0002:39NFJQT1Q5KV', renewsTo: { termDuration: 'P1M' },
      customTermEndDate: '2030-01-31T00:00:00Z', attestationAccepted: true,
      participants: [{ key: 'transaction_reseller', value: '5357564' }, { key: 'additional_transaction_reseller', value: '517285' }],
      addonItems: [{ catalogItemId: ADDON_ITEM, quantity: 2, billingCycle: 'monthly', termDuration: 'P1M' }],
    };
    const created = await call(h.emulator.url, 'POST', carts, { PartnerOnRecordAttestationAccepted: true, lineItems: [ri] });
    const updated = await call(h.emulator.url, 'PUT', `${carts}/${created.body.id}`, { ...created.body, lineItems: [ri, basic] });
    const read = await call(h.emulator.url, 'GET', `${carts}/${created.body.id}`);
    const checkout = await call(h.emulator.url, 'POST', `${carts}/${created.body.id}/checkout`);
    assert.equal([created.status, updated.status, read.status, checkout.status], [201, 200, 200, 201]);
    for (const answer of [created, updated, read]) {
      assert.ok(validateCart(answer.body), JSON.stringify(validateCart.errors));
      assertDocumented(shapeOf('cart', answer.body));
    }
    assert.ok(validateCheckoutResult(checkout.body), JSON.stringify(validateCheckoutResult.errors));
    const emitted = shapeOf('checkoutResult', checkout.body);
    assertDocumented(emitted);
    // the order fields the SDK's Order keeps are all there
    for (const key of ['links', 'attributes', 'totalPrice', 'partnerOnRecordAttestationAccepted']) assert.ok(emitted.get('order')!.has(key), `order.${key}`);
    for (const key of ['pricing', 'partnerIdOnRecord', 'additionalPartnerIdsOnRecord', 'promotionId', 'customTermEndDate', 'attestationAccepted', 'links', 'attributes']) {
      assert.ok(emitted.get('orderLineItem')!.has(key), `orderLineItem.${key}`);
    }
    const orders = checkout.body.orders as any[];
    assert.ok(orders.every((o) => o.links.provisioningStatus.uri.endsWith(`/orders/${o.id}/provisioningstatus`)));
    const monthly = orders.find((o) => o.billingCycle === 'monthly');
    assert.equal(monthly.lineItems.map((l: any) => [l.transactionType, l.pricing.extendedPrice]), [['New', 30], ['New', 0]]);
    assert.is(monthly.totalPrice, 30);
  } finally {
    await h.stop();
  }
});

test.run();
