/** Each emulator endpoint and error code, over raw HTTP. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ADDON_ITEM, BASIC_ITEM, CUSTOMER, RI_ITEM, startHarness } from '../partner-center/support.ts';
import type { Harness } from '../partner-center/support.ts';
import { call } from './http.ts';

const carts = `/v1/customers/${CUSTOMER}/carts`;
const ri = { catalogItemId: RI_ITEM, quantity: 10, billingCycle: 'one_time', provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' } };
const basic = { catalogItemId: BASIC_ITEM, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M' };

let h: Harness;
test.before.each(async () => {
  h = await startHarness({ now: () => new Date('2025-03-01T10:00:00.000Z') });
});
test.after.each(async () => {
  await h.stop();
});

test('a missing or empty bearer token is 401 800001', async () => {
  for (const headers of [{}, { Authorization: 'Bearer ' }, { Authorization: 'Basic abc' }] as Record<string, string>[]) {
    const answer = await call(h.emulator.url, 'POST', carts, { lineItems: [ri] }, headers);
    assert.is(answer.status, 401);
    assert.is(answer.body.code, 800001);
  }
});

test('POST creates a cart: 201, camelCase, snake_case enums, server-set fields; MS-RequestId/CorrelationId echoed, MS-CV added', async () => {
  const answer = await call(h.emulator.url, 'POST', carts, { lineItems: [ri, basic] }, { Authorization: 'Bearer t', 'MS-RequestId': 'req-1', 'MS-CorrelationId': 'cor-1' });
  assert.is(answer.status, 201);
  assert.is(answer.headers.get('ms-requestid'), 'req-1');
  assert.is(answer.headers.get('ms-correlationid'), 'cor-1');
  assert.match(answer.headers.get('ms-cv') ?? '', /^[A-Za-z0-9+/=]+\.0$/);
  const cart = answer.body;
  assert.match(cart.id, /^[0-9a-f-]{36}$/);
  assert.is(cart.status, 'Active');
  assert.is(cart.creationTimestamp, '2025-03-01T10:00:00.000Z');
  assert.is(cart.expirationTimestamp, '2025-03-08T10:00:00.000Z');
  assert.match(cart.lastModifiedUser, /^[0-9a-f-]{36}$/);
  assert.equal(cart.attributes, { objectType: 'Cart' });
  assert.equal(cart.lineItems.map((l: any) => [l.id, l.billingCycle, l.currencyCode, l.orderGroup]), [[0, 'one_time', 'USD', '0'], [1, 'monthly', 'USD', '1']]);
});

test('PascalCase input with PascalCase enums is accepted; provisioningContext keys are camel-cased', async () => {
  const answer = await call(h.emulator.url, 'POST', carts, {
    LineItems: [{ CatalogItemId: RI_ITEM.toLowerCase(), Quantity: 1, BillingCycle: 'OneTime', ProvisioningContext: { Duration: '1Year', Scope: 'shared', SubscriptionId: 'x' }, Participants: [{ Key: 'TransactionReseller', Value: 'mpn' }] }],
  });
  assert.is(answer.status, 201);
  const line = answer.body.lineItems[0];
  assert.is(line.catalogItemId, RI_ITEM);
  assert.equal(line.provisioningContext, { duration: '1Year', scope: 'shared', subscriptionId: 'x' });
  assert.equal(line.participants, [{ key: 'transaction_reseller', value: 'mpn' }]);
  assert.is(line.error, undefined);
});

const requestErrors: [string, unknown, number, number][] = [
  ['no body', '', 400, 800002],
  ['invalid JSON', '{"lineItems": [', 400, 800002],
  ['no lineItems', {}, 400, 800002],
  ['empty lineItems', { lineItems: [] }, 400, 800002],
  ['quantity as a string', { lineItems: [{ ...ri, quantity: '10' }] }, 400, 800002],
  ['quantity as a fraction', { lineItems: [{ ...ri, quantity: 1.5 }] }, 400, 800002],
  ['no billingCycle', { lineItems: [{ catalogItemId: RI_ITEM, quantity: 1 }] }, 400, 800002],
  ['unknown billingCycle', { lineItems: [{ ...ri, billingCycle: 'fortnightly' }] }, 400, 800002],
  ['no catalogItemId', { lineItems: [{ quantity: 1, billingCycle: 'monthly' }] }, 400, 800002],
  ['duplicate line ids', { lineItems: [{ ...ri, id: 1 }, { ...basic, id: 1 }] }, 400, 800002],
  ['unknown participant type', { lineItems: [{ ...ri, participants: [{ key: 'friend', value: 'x' }] }] }, 400, 800002],
  ['unknown offer', { lineItems: [{ ...basic, catalogItemId: 'NOPE:0001:NOPE' }] }, 400, 800004],
  ['legacy offer id not in the catalog', { lineItems: [{ ...basic, catalogItemId: 'MS-AZR-0145P' }] }, 400, 800004],
  // 800017 is documented as "quantity not available for the catalog item", not a malformed quantity
  ['quantity 0', { lineItems: [{ ...basic, quantity: 0 }] }, 400, 800002],
];
for (const [name, body, status, code] of requestErrors) {
  test(`create: ${name} → ${status} ${code}`, async () => {
    const answer = await call(h.emulator.url, 'POST', carts, body);
    assert.is(answer.status, status);
    assert.is(answer.body.code, code);
    assert.type(answer.body.description, 'string');
    assert.equal(answer.body.data, []);
  });
}

const lineErrors: [string, Record<string, unknown>, number][] = [
  ['billing cycle not offered', { ...basic, billingCycle: 'one_time' }, 10013],
  ['term required', { catalogItemId: BASIC_ITEM, quantity: 1, billingCycle: 'monthly' }, 10010],
  ['term not offered', { ...basic, termDuration: 'P3Y' }, 10010],
  ['provisioning context incomplete', { ...ri, provisioningContext: { scope: 'shared' } }, 10010],
  ['too many seats', { ...basic, quantity: 301 }, 10015],
  ['add-on bought alone', { ...basic, catalogItemId: ADDON_ITEM }, 10001],
  ['add-on above the base quantity', { ...basic, addonItems: [{ catalogItemId: ADDON_ITEM, quantity: 6, billingCycle: 'monthly', termDuration: 'P1M' }] }, 10018],
  ['add-on of another offer', { ...ri, addonItems: [{ catalogItemId: ADDON_ITEM, quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' }] }, 10001],
  ['unknown promotion', { ...basic, promotionId: 'NOPE' }, 10014],
];
for (const [name, line, errorCode] of lineErrors) {
  test(`line error: ${name} → saved with error ${errorCode}`, async () => {
    const answer = await call(h.emulator.url, 'POST', carts, { lineItems: [line] });
    assert.is(answer.status, 201);
    const item = answer.body.lineItems[0];
    const error = item.error ?? item.addonItems?.[0]?.error;
    assert.is(error?.errorCode, errorCode);
    assert.type(error.errorDescription, 'string');
  });
}

test('GET: the cart; unknown and malformed cart ids are 404 800008; a non-GUID customer is 400 800002', async () => {
  const created = (await call(h.emulator.url, 'POST', carts, { lineItems: [ri] })).body;
  const answer = await call(h.emulator.url, 'GET', `${carts}/${created.id.toUpperCase()}`);
  assert.is(answer.status, 200);
  assert.equal(answer.body, created);
  for (const id of ['00000000-0000-4000-8000-000000000000', '..%2F..%2Fetc', 'nope']) {
    const missing = await call(h.emulator.url, 'GET', `${carts}/${id}`);
    assert.is(missing.status, 404, id);
    assert.is(missing.body.code, 800008);
  }
  const badCustomer = await call(h.emulator.url, 'GET', `/v1/customers/not-a-guid/carts/${created.id}`);
  assert.is(badCustomer.status, 400);
  assert.is(badCustomer.body.code, 800002);
});

test('PUT replaces the line items and keeps the rest; server-owned fields in the body are ignored', async () => {
  const created = (await call(h.emulator.url, 'POST', carts, { lineItems: [ri] })).body;
  const answer = await call(h.emulator.url, 'PUT', `${carts}/${created.id}`, { ...created, status: 'Ordered', creationTimestamp: 'x', lineItems: [basic] });
  assert.is(answer.status, 200);
  assert.is(answer.body.status, 'Active');
  assert.is(answer.body.creationTimestamp, created.creationTimestamp);
  assert.equal(answer.body.lineItems.map((l: any) => l.catalogItemId), [BASIC_ITEM]);
  const invalid = await call(h.emulator.url, 'PUT', `${carts}/${created.id}`, { lineItems: [] });
  assert.is(invalid.body.code, 800002);
  const missing = await call(h.emulator.url, 'PUT', `${carts}/00000000-0000-4000-8000-000000000000`, { lineItems: [basic] });
  assert.is(missing.body.code, 800008);
});

test('ETag on cart answers; a PUT with a stale If-Match is 412 Precondition Failed (not 800064), a current one succeeds', async () => {
  const created = await call(h.emulator.url, 'POST', carts, { lineItems: [ri] });
  assert.is(created.headers.get('etag'), '"1"');
  const path = `${carts}/${created.body.id}`;
  assert.is((await call(h.emulator.url, 'GET', path)).headers.get('etag'), '"1"');
  const updated = await call(h.emulator.url, 'PUT', path, { lineItems: [basic] }, { Authorization: 'Bearer t', 'If-Match': '"1"' });
  assert.equal([updated.status, updated.headers.get('etag')], [200, '"2"']);
  const stale = await call(h.emulator.url, 'PUT', path, { lineItems: [ri] }, { Authorization: 'Bearer t', 'If-Match': '"1"' });
  assert.equal([stale.status, stale.body.code], [412, 412]);
  assert.equal((await call(h.emulator.url, 'GET', path)).body.lineItems.map((l: any) => l.catalogItemId), [BASIC_ITEM]);
});

test('ETags off (as the documented service): no ETag header on any cart answer, If-Match ignored', async () => {
  const plain = await startHarness({ etags: false });
  try {
    const created = await call(plain.emulator.url, 'POST', carts, { lineItems: [ri] });
    assert.is(created.headers.get('etag'), null);
    const path = `${carts}/${created.body.id}`;
    assert.is((await call(plain.emulator.url, 'GET', path)).headers.get('etag'), null);
    const put = await call(plain.emulator.url, 'PUT', path, { lineItems: [basic] }, { Authorization: 'Bearer t', 'If-Match': '"99"' });
    assert.equal([put.status, put.headers.get('etag'), put.body.lineItems.length], [200, null, 1]);
  } finally {
    await plain.stop();
  }
});

test('unknown paths are 404; a known path with another method is 405', async () => {
  assert.is((await call(h.emulator.url, 'GET', '/v1/nothing')).status, 404);
  assert.is((await call(h.emulator.url, 'DELETE', carts)).status, 405);
});

test('orders: listed and fetched after a checkout; unknown order is 404', async () => {
  const created = (await call(h.emulator.url, 'POST', carts, { lineItems: [ri, basic] })).body;
  const result = (await call(h.emulator.url, 'POST', `${carts}/${created.id}/checkout`)).body;
  const list = await call(h.emulator.url, 'GET', `/v1/customers/${CUSTOMER}/orders`);
  assert.is(list.body.totalCount, 2);
  assert.equal(list.body.items.map((o: any) => o.id).sort(), result.orders.map((o: any) => o.id).sort());
  const one = await call(h.emulator.url, 'GET', `/v1/customers/${CUSTOMER}/orders/${result.orders[0].id}`);
  assert.equal(one.body, result.orders[0]);
  assert.is((await call(h.emulator.url, 'GET', `/v1/customers/${CUSTOMER}/orders/nope`)).body.code, 800008);
});

test.run();
