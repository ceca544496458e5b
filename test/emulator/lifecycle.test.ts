/** Cart life: expiry, checkout (orders per orderGroup, idempotent), MS-RequestId replay, state across instances, request log, faults file. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { faultsPath, injectFaults, readRequestLog, startEmulator } from '../../src/emulator/index.ts';
import { BASIC_ITEM, ADDON_ITEM, CUSTOMER, RI_ITEM, TRIENNIAL_ITEM, tempDir } from '../partner-center/support.ts';
import { call } from './http.ts';

const carts = `/v1/customers/${CUSTOMER}/carts`;
const ri = { catalogItemId: RI_ITEM, quantity: 2, billingCycle: 'one_time', provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' } };
const basic = { catalogItemId: BASIC_ITEM, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M', addonItems: [{ catalogItemId: ADDON_ITEM, quantity: 2, billingCycle: 'monthly', termDuration: 'P1M' }] };
const basicAnnual = { catalogItemId: BASIC_ITEM, quantity: 1, billingCycle: 'annual', termDuration: 'P1Y' };
const triennial = { catalogItemId: TRIENNIAL_ITEM, quantity: 3, billingCycle: 'triennial', termDuration: 'P3Y' };

async function withEmulator<T>(dataDir: string, now: string, work: (url: string) => Promise<T>): Promise<T> {
  const emulator = await startEmulator({ dataDir, now: () => new Date(now) });
  try {
    return await work(emulator.url);
  } finally {
    await emulator.close();
  }
}

test('state persists across emulator instances; an Active cart expires 7 days after creation (404 800008)', async () => {
  const dir = tempDir();
  try {
    const id = await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => (await call(url, 'POST', carts, { lineItems: [ri] })).body.id);
    await withEmulator(dir.path, '2025-01-07T23:59:59Z', async (url) => {
      assert.is((await call(url, 'GET', `${carts}/${id}`)).status, 200);
    });
    await withEmulator(dir.path, '2025-01-08T00:00:01Z', async (url) => {
      for (const [method, suffix, body] of [['GET', '', undefined], ['PUT', '', { lineItems: [ri] }], ['POST', '/checkout', undefined]] as const) {
        const answer = await call(url, method, `${carts}/${id}${suffix}`, body);
        assert.is(answer.status, 404, method);
        assert.is(answer.body.code, 800008);
      }
    });
  } finally {
    dir.remove();
  }
});

test('checkout: one order per orderGroup, lineItemNumber restarting at 0, add-ons after their base with parentSubscriptionId', async () => {
  const dir = tempDir();
  try {
    await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => {
      const cart = (await call(url, 'POST', carts, { lineItems: [ri, basic, triennial, basicAnnual, { ...ri, quantity: 1 }] })).body;
      assert.equal(cart.lineItems.map((l: any) => l.orderGroup), ['0', '1', '2', '3', '0']);
      const answer = await call(url, 'POST', `${carts}/${cart.id}/checkout`, '"success"');
      assert.is(answer.status, 201, JSON.stringify(answer.body));
      const { orders, orderErrors } = answer.body;
      assert.equal(orderErrors, []);
      assert.equal(orders.map((o: any) => [o.billingCycle, o.lineItems.map((l: any) => [l.lineItemNumber, l.offerId])]), [
        ['one_time', [[0, RI_ITEM], [1, RI_ITEM]]],
        ['monthly', [[0, BASIC_ITEM], [1, ADDON_ITEM]]],
        ['triennial', [[0, TRIENNIAL_ITEM]]],
        ['annual', [[0, BASIC_ITEM]]],
      ]);
      const monthly = orders[1].lineItems;
      assert.is(monthly[1].parentSubscriptionId, monthly[0].subscriptionId);
      assert.equal(orders[0].lineItems[0].provisioningContext, ri.provisioningContext);
      assert.ok(orders.every((o: any) => o.referenceCustomerId === CUSTOMER && o.currencyCode === 'USD' && o.status === 'completed'));
      const after = (await call(url, 'GET', `${carts}/${cart.id}`)).body;
      assert.is(after.status, 'Ordered');
    });
  } finally {
    dir.remove();
  }
});

test('checkout again returns the original result (idempotent, 200); PUT on an ordered cart is 400 800002 (800065 is documented for checkout only); ordered carts never expire', async () => {
  const dir = tempDir();
  try {
    const [id, first] = await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => {
      const cart = (await call(url, 'POST', carts, { lineItems: [ri] })).body;
      return [cart.id, (await call(url, 'POST', `${carts}/${cart.id}/checkout`)).body] as const;
    });
    await withEmulator(dir.path, '2025-03-01T00:00:00Z', async (url) => {
      const again = await call(url, 'POST', `${carts}/${id}/checkout`);
      assert.is(again.status, 200);
      assert.equal(again.body, first);
      const put = await call(url, 'PUT', `${carts}/${id}`, { lineItems: [ri] });
      assert.is(put.status, 400);
      assert.is(put.body.code, 800002);
      assert.match(put.body.description, /has been ordered and can no longer be changed/);
    });
    assert.is(readdirSync(join(dir.path, 'orders', CUSTOMER)).filter((n) => n.endsWith('.json')).length, 1);
  } finally {
    dir.remove();
  }
});

test('checkout of a cart with line errors is 400 800009 listing the lines; nothing is ordered', async () => {
  const dir = tempDir();
  try {
    await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => {
      const cart = (await call(url, 'POST', carts, { lineItems: [ri, { ...basic, quantity: 301 }] })).body;
      const answer = await call(url, 'POST', `${carts}/${cart.id}/checkout`);
      assert.is(answer.status, 400);
      assert.is(answer.body.code, 800009);
      assert.equal(answer.body.data.map((d: any) => [d.lineItemId, d.errorCode]), [[1, 10015]]);
      assert.is((await call(url, 'GET', `${carts}/${cart.id}`)).body.status, 'Active');
    });
  } finally {
    dir.remove();
  }
});

test('MS-RequestId: a repeated create returns the first cart; another id makes another cart', async () => {
  const dir = tempDir();
  try {
    await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => {
      const headers = { Authorization: 'Bearer t', 'MS-RequestId': 'same-id' };
      const first = await call(url, 'POST', carts, { lineItems: [ri] }, headers);
      const second = await call(url, 'POST', carts, { lineItems: [ri] }, headers);
      assert.equal(second.body, first.body);
      const third = await call(url, 'POST', carts, { lineItems: [ri] }, { ...headers, 'MS-RequestId': 'other-id' });
      assert.is.not(third.body.id, first.body.id);
      assert.is(readdirSync(join(dir.path, 'carts', CUSTOMER)).filter((n) => n.endsWith('.json')).length, 2);
      const failed = await call(url, 'POST', carts, { lineItems: [] }, { ...headers, 'MS-RequestId': 'bad-then-good' });
      assert.is(failed.status, 400);
      const retried = await call(url, 'POST', carts, { lineItems: [ri] }, { ...headers, 'MS-RequestId': 'bad-then-good' });
      assert.is(retried.status, 201, 'only successes are remembered');
    });
  } finally {
    dir.remove();
  }
});

test('requests.log: one JSON line per request, never the Authorization header or token', async () => {
  const dir = tempDir();
  try {
    await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => {
      await call(url, 'POST', carts, { lineItems: [ri] }, { Authorization: 'Bearer TOP-SECRET', 'MS-RequestId': 'r1', 'MS-CorrelationId': 'c1' });
      await call(url, 'GET', `${carts}/00000000-0000-4000-8000-000000000000`, undefined, {});
    });
    const text = readFileSync(join(dir.path, 'requests.log'), 'utf8');
    assert.not.ok(/TOP-SECRET|authorization|Bearer/i.test(text));
    const log = await readRequestLog(dir.path);
    assert.equal(log.map((e) => [e.method, e.route, e.status, e.requestId, e.correlationId]), [
      ['POST', 'createCart', 201, 'r1', 'c1'],
      ['GET', 'getCart', 401, log[1]!.requestId, ''],
    ]);
  } finally {
    dir.remove();
  }
});

test('faults.json: the first matching fault is used and counted down; spent faults are removed', async () => {
  const dir = tempDir();
  try {
    await injectFaults(dir.path, [
      { route: 'getCart', kind: 'status', status: 500, times: 2 },
      { route: '*', kind: 'throttle', retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' },
    ]);
    await withEmulator(dir.path, '2025-01-01T00:00:00Z', async (url) => {
      const path = `${carts}/00000000-0000-4000-8000-000000000000`;
      const first = await call(url, 'GET', path);
      assert.equal([first.status, first.body.code], [500, 800003]);
      assert.equal(JSON.parse(readFileSync(faultsPath(dir.path), 'utf8')).faults.map((f: any) => f.times), [1, 1]);
      assert.is((await call(url, 'GET', path)).status, 500);
      const throttled = await call(url, 'POST', carts, { lineItems: [ri] });
      assert.is(throttled.status, 429);
      assert.is(throttled.headers.get('retry-after'), 'Wed, 21 Oct 2015 07:28:00 GMT');
      assert.equal(Object.keys(throttled.body).sort(), ['message', 'statusCode']);
      assert.is((await call(url, 'GET', path)).status, 404);
      assert.equal(JSON.parse(readFileSync(faultsPath(dir.path), 'utf8')).faults, []);
    });
  } finally {
    dir.remove();
  }
});

test.run();
