/**
 * The emulator's order-error rule: a reserved instance for the subscription that is not
 * registered for reserved instances (UNREGISTERED_SUBSCRIPTION_ID) leaves its order group out of
 * the checkout with orderErrors 10011 SubscriptionNotRegistered; the other groups are ordered.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator/index.ts';
import { UNREGISTERED_SUBSCRIPTION_ID } from '../../src/emulator/line-item-rules.ts';
import { BASIC_ITEM, CUSTOMER, RI_ITEM, tempDir } from '../partner-center/support.ts';
import { call } from './http.ts';

const carts = `/v1/customers/${CUSTOMER}/carts`;
const riFor = (subscriptionId: string) => ({ catalogItemId: RI_ITEM, quantity: 2, billingCycle: 'one_time', provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId } });
const basic = { catalogItemId: BASIC_ITEM, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M' };

async function withEmulator<T>(work: (url: string, dataDir: string) => Promise<T>): Promise<T> {
  const dir = tempDir();
  const emulator = await startEmulator({ dataDir: dir.path, now: () => new Date('2025-01-01T00:00:00Z') });
  try {
    return await work(emulator.url, dir.path);
  } finally {
    await emulator.close();
    dir.remove();
  }
}

const orderFiles = (dataDir: string) => {
  const dir = join(dataDir, 'orders', CUSTOMER);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
};

test('the unregistered subscription: its group is in orderErrors (10011), the other group is ordered, the cart is Ordered and the answer replays', async () => {
  await withEmulator(async (url, dataDir) => {
    const cart = (await call(url, 'POST', carts, { lineItems: [basic, riFor(UNREGISTERED_SUBSCRIPTION_ID)] })).body;
    assert.equal(cart.lineItems.map((l: any) => [l.orderGroup, l.error]), [['0', undefined], ['1', undefined]], 'not a line error: the cart saves clean');
    const answer = await call(url, 'POST', `${carts}/${cart.id}/checkout`);
    assert.is(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answer.body.orders.map((o: any) => o.lineItems.map((l: any) => l.offerId)), [[BASIC_ITEM]]);
    assert.is(answer.body.orderErrors.length, 1);
    const [orderError] = answer.body.orderErrors;
    assert.is(orderError.orderGroupId, '1');
    assert.is(orderError.code, 10011);
    assert.match(orderError.description, UNREGISTERED_SUBSCRIPTION_ID);
    assert.match(orderError.description, 'Microsoft.Capacity');
    assert.is((await call(url, 'GET', `${carts}/${cart.id}`)).body.status, 'Ordered');
    assert.is(orderFiles(dataDir).length, 1);
    const again = await call(url, 'POST', `${carts}/${cart.id}/checkout`);
    assert.is(again.status, 200);
    assert.equal(again.body, answer.body);
  });
});

test('braces and upper case still name the unregistered subscription; any other id (the help examples\') is registered', async () => {
  await withEmulator(async (url) => {
    for (const [subscriptionId, failing] of [
      [`{${UNREGISTERED_SUBSCRIPTION_ID.toUpperCase()}}`, true],
      ['c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75', false],
      ['b35d5324-df8e-4306-9023-6edac2d4896c', false],
    ] as const) {
      const cart = (await call(url, 'POST', carts, { lineItems: [basic, riFor(subscriptionId)] })).body;
      const answer = await call(url, 'POST', `${carts}/${cart.id}/checkout`);
      assert.is(answer.body.orderErrors.length, failing ? 1 : 0, subscriptionId);
      assert.is(answer.body.orders.length, failing ? 1 : 2, subscriptionId);
    }
  });
});

test('when no group can be ordered nothing changes: no order, the cart stays Active and can be fixed and checked out', async () => {
  await withEmulator(async (url, dataDir) => {
    const cart = (await call(url, 'POST', carts, { lineItems: [riFor(UNREGISTERED_SUBSCRIPTION_ID)] })).body;
    const answer = await call(url, 'POST', `${carts}/${cart.id}/checkout`);
    assert.is(answer.status, 201);
    assert.equal(answer.body.orders, []);
    assert.equal(answer.body.orderErrors.map((e: any) => [e.orderGroupId, e.code]), [['0', 10011]]);
    assert.is((await call(url, 'GET', `${carts}/${cart.id}`)).body.status, 'Active');
    assert.is(orderFiles(dataDir).length, 0);
    const fixed = await call(url, 'PUT', `${carts}/${cart.id}`, { ...cart, lineItems: [riFor('c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75')] });
    assert.is(fixed.status, 200, JSON.stringify(fixed.body));
    const retry = await call(url, 'POST', `${carts}/${cart.id}/checkout`);
    assert.is(retry.status, 201);
    assert.equal(retry.body.orderErrors, []);
    assert.is(retry.body.orders.length, 1);
  });
});

test.run();
