import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cartFromWire, lineItemFromWire, lineItemToWire } from '../../src/partner-center/cart-mapping.ts';
import { checkoutResultFromWire } from '../../src/partner-center/checkout-mapping.ts';
import { enumFromWire, enumToWire, readField } from '../../src/partner-center/wire.ts';
import { BILLING_CYCLES } from '../../src/partner-center/models.ts';
import type { PSCartLineItem } from '../../src/partner-center/models.ts';

const fullLine: PSCartLineItem = {
  Id: 3,
  CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
  FriendlyName: 'Basic',
  Quantity: 7,
  BillingCycle: 'OneTime',
  TermDuration: 'P1Y',
  PromotionId: 'promo',
  Participants: [{ Key: 'TransactionReseller', Value: 'mpn-1' }],
  ProvisioningContext: { subscriptionId: 'abc' },
  AddonItems: [{ CatalogItemId: 'x:y:z', Quantity: 1, BillingCycle: 'Monthly' }],
  RenewsTo: { TermDuration: 'P1M' },
  CustomTermEndDate: '2030-01-01T00:00:00Z',
  AttestationAccepted: true,
};

test('lineItemToWire sends every field, camelCase, snake_case enums', () => {
  assert.equal(lineItemToWire(fullLine), {
    id: 3,
    catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
    friendlyName: 'Basic',
    quantity: 7,
    billingCycle: 'one_time',
    termDuration: 'P1Y',
    promotionId: 'promo',
    participants: [{ key: 'transaction_reseller', value: 'mpn-1' }],
    provisioningContext: { subscriptionId: 'abc' },
    addonItems: [{ catalogItemId: 'x:y:z', quantity: 1, billingCycle: 'monthly' }],
    renewsTo: { termDuration: 'P1M' },
    customTermEndDate: '2030-01-01T00:00:00Z',
    attestationAccepted: true,
  });
});

test('a round trip through the wire keeps every field (the original dropped TermDuration, RenewsTo, AddonItems, ProvisioningContext)', () => {
  const back = lineItemFromWire(lineItemToWire(fullLine));
  assert.equal(back, { ...fullLine, AddonItems: [{ CatalogItemId: 'x:y:z', Quantity: 1, BillingCycle: 'Monthly', ProvisioningContext: {} }] });
});

test('a line item read back (OrderGroup, CurrencyCode, Error, on add-ons too) goes back with orderGroup and currencyCode, never error', () => {
  const readBack = lineItemFromWire({
    id: 0, catalogItemId: 'a:b:c', quantity: 2, currencyCode: 'USD', billingCycle: 'annual', termDuration: 'P1Y', orderGroup: '0',
    provisioningContext: { note: 'kept' }, renewsTo: { termDuration: 'P1Y' },
    error: { errorCode: 10010, errorDescription: 'bad' },
    addonItems: [{ id: 0, catalogItemId: 'x:y:z', quantity: 1, currencyCode: 'USD', billingCycle: 'annual', orderGroup: '0', error: { errorCode: 10018, errorDescription: 'too many' } }],
  });
  assert.is(readBack.OrderGroup, '0');
  assert.equal(readBack.Error, { ErrorCode: 'InvalidInput', ErrorDescription: 'bad' });
  assert.equal(lineItemToWire(readBack), {
    id: 0, catalogItemId: 'a:b:c', quantity: 2, currencyCode: 'USD', billingCycle: 'annual', termDuration: 'P1Y',
    provisioningContext: { note: 'kept' }, orderGroup: '0',
    addonItems: [{ id: 0, catalogItemId: 'x:y:z', quantity: 1, currencyCode: 'USD', billingCycle: 'annual', provisioningContext: {}, orderGroup: '0' }],
    renewsTo: { termDuration: 'P1Y' },
  });
  // any casing a caller produced: still no error on the wire
  assert.not.ok('error' in lineItemToWire({ catalogItemId: 'a', quantity: 1, billingCycle: 'Monthly', ERROR: { ErrorCode: 'x' } }));
});

test('lineItemFromWire reads PascalCase names and PascalCase enums too', () => {
  const item = lineItemFromWire({ Id: 1, CatalogItemId: 'a:b:c', Quantity: 2, BillingCycle: 'OneTime', Participants: [{ Key: 'ConsumptionReseller', Value: 'v' }] });
  assert.is(item.BillingCycle, 'OneTime');
  assert.equal(item.Participants, [{ Key: 'ConsumptionReseller', Value: 'v' }]);
});

test('lineItemFromWire maps per-line errors to their CartErrorCode names', () => {
  for (const code of [10001, '10001', 'CatalogItemIdIsNotValid', 'catalog_item_id_is_not_valid']) {
    const item = lineItemFromWire({ catalogItemId: 'a', quantity: 1, billingCycle: 'monthly', error: { errorCode: code, errorDescription: 'bad' } });
    assert.equal(item.Error, { ErrorCode: 'CatalogItemIdIsNotValid', ErrorDescription: 'bad' }, String(code));
  }
});

test('cartFromWire renames id to CartId and accepts either casing', () => {
  for (const raw of [
    { id: 'c1', creationTimestamp: 't1', lastModifiedTimestamp: 't2', expirationTimestamp: 't3', lastModifiedUser: 'u', status: 'Active', lineItems: [] },
    { Id: 'c1', CreationTimestamp: 't1', LastModifiedTimestamp: 't2', ExpirationTimestamp: 't3', LastModifiedUser: 'u', Status: 'Active', LineItems: [] },
  ]) {
    assert.equal(cartFromWire(raw), {
      CartId: 'c1', CreationTimestamp: 't1', ExpirationTimestamp: 't3', LastModifiedTimestamp: 't2', LastModifiedUser: 'u', LineItems: [], Status: 'Active',
    });
  }
});

test('checkoutResultFromWire maps orders, line items and order errors', () => {
  const result = checkoutResultFromWire({
    orders: [{ id: 'o1', billingCycle: 'one_time', status: 'completed', currencyCode: 'USD', lineItems: [{ lineItemNumber: 0, offerId: 'a:b:c', quantity: 2, parentSubscriptionId: 'p' }] }],
    orderErrors: [{ orderGroupId: '1', code: 800010, description: 'no inventory' }],
  });
  assert.is(result.Orders[0]!.OrderId, 'o1');
  assert.is(result.Orders[0]!.BillingCycle, 'OneTime');
  assert.is(result.Orders[0]!.Status, 'completed', 'status as the service sent it, not re-cased');
  assert.is(result.Orders[0]!.LineItems[0]!.ParentSubscriptionId, 'p');
  assert.equal(result.OrderErrors, [{ OrderGroupId: '1', Code: '800010', Description: 'no inventory' }]);
});

test('enums: every billing cycle survives snake_case and back', () => {
  for (const name of BILLING_CYCLES) assert.is(enumFromWire(enumToWire(name), BILLING_CYCLES), name);
  assert.is(enumToWire('OneTime'), 'one_time');
  assert.is(enumToWire('AdditionalTransactionReseller'), 'additional_transaction_reseller');
  assert.is(enumFromWire('Fortnightly', BILLING_CYCLES), undefined);
});

test('readField matches exactly first, then case-insensitively, and ignores prototype names', () => {
  assert.is(readField({ lineItems: 1, LineItems: 2 }, 'LineItems'), 2);
  assert.is(readField({ LINEITEMS: 3 }, 'lineItems'), 3);
  assert.is(readField({}, 'toString'), undefined);
  assert.is(readField(JSON.parse('{"__proto__": {"x": 1}}'), 'x'), undefined);
});

test.run();
