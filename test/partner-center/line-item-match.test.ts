/** lineItemHolds / lineItemsHold: does a stored line hold what a write sent, in the service's normal forms? */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineItemHolds, lineItemsHold } from '../../src/partner-center/line-item-match.ts';

const sent = { id: 1, catalogItemId: 'cfq7ttc0lh18:0001:cfq7ttc0k971', quantity: 5, billingCycle: 'monthly', termDuration: 'p1m' };
const stored = { id: 1, catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', friendlyName: 'Microsoft 365 Business Basic', quantity: 5, currencyCode: 'USD', billingCycle: 'monthly', termDuration: 'P1M', orderGroup: '0' };

const cases: [string, unknown, unknown, boolean][] = [
  ['fields the service fills are not compared; ids and terms case-insensitive', sent, stored, true],
  ['another quantity', sent, { ...stored, quantity: 6 }, false],
  ['another id', sent, { ...stored, id: 2 }, false],
  ['another billing cycle', sent, { ...stored, billingCycle: 'annual' }, false],
  ['enum spellings: OneTime = one_time', { catalogItemId: 'a', billingCycle: 'OneTime' }, { catalogItemId: 'a', billingCycle: 'one_time' }, true],
  ['PascalCase stored keys are read', sent, { Id: 1, CatalogItemId: stored.catalogItemId, Quantity: 5, BillingCycle: 'monthly', TermDuration: 'P1M' }, true],
  ['provisioningContext keys case-insensitive', { catalogItemId: 'a', provisioningContext: { SubscriptionId: 'x' } }, { catalogItemId: 'a', provisioningContext: { subscriptionId: 'x' } }, true],
  ['provisioningContext value differs', { catalogItemId: 'a', provisioningContext: { scope: 'shared' } }, { catalogItemId: 'a', provisioningContext: { scope: 'single' } }, false],
  ['custom term end date: the same instant in another form', { catalogItemId: 'a', customTermEndDate: '2030-01-31' }, { catalogItemId: 'a', customTermEndDate: '2030-01-31T00:00:00Z' }, true],
  ['participants by type and value', { catalogItemId: 'a', participants: [{ key: 'TransactionReseller', value: '1' }] }, { catalogItemId: 'a', participants: [{ key: 'transaction_reseller', value: '1' }] }, true],
  ['a participant missing', { catalogItemId: 'a', participants: [{ key: 'transaction_reseller', value: '1' }] }, { catalogItemId: 'a' }, false],
  ['add-ons in order', { catalogItemId: 'a', addonItems: [{ catalogItemId: 'b', quantity: 1 }] }, { catalogItemId: 'a', addonItems: [{ catalogItemId: 'B', quantity: 1, orderGroup: '0' }] }, true],
  ['an add-on missing', { catalogItemId: 'a', addonItems: [{ catalogItemId: 'b' }] }, { catalogItemId: 'a', addonItems: [] }, false],
  ['not an object', sent, null, false],
];

for (const [name, a, b, expected] of cases) {
  test(`lineItemHolds: ${name}`, () => assert.is(lineItemHolds(a, b), expected));
}

test('lineItemsHold: the whole list, in order, same length', () => {
  assert.ok(lineItemsHold([sent], [stored]));
  assert.not.ok(lineItemsHold([sent], [stored, stored]), 'an extra stored line');
  assert.not.ok(lineItemsHold([sent, { catalogItemId: 'x' }], [{ catalogItemId: 'x' }, stored]), 'another order');
  assert.ok(lineItemsHold([], []));
});

test.run();
