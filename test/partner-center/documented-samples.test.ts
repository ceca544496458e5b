/**
 * The documented Partner Center samples (fixtures/, each naming its page) replayed through the
 * cart cmdlets against a local fake service: what pcsh sends (paths, methods, headers, bodies)
 * and what it makes of every documented answer, errors included.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CREATE_CART_ATTESTATION_REQUEST, CREATE_CART_RESPONSE, UPDATE_CART_RESPONSE } from './fixtures/cart-samples.ts';
import { CHECKOUT_RESPONSE } from './fixtures/checkout-samples.ts';
import { startFakeService } from './fake-service.ts';
import type { FakeService, Reply } from './fake-service.ts';
import { connectedRunner } from './run-cmdlet.ts';
import type { CmdletRun } from './run-cmdlet.ts';

const CUSTOMER = 'd6bf25b7-e0a8-4f2d-a31b-97b55cfc774d';
const CART = CREATE_CART_RESPONSE.id;
const ids = ['-CustomerId', CUSTOMER, '-CartId', CART];

async function replay(script: Reply[], argv: string[]): Promise<{ result: CmdletRun; service: FakeService }> {
  const service = await startFakeService(script);
  const runner = await connectedRunner(service.url);
  try {
    const result = await runner.run(argv);
    return { result, service };
  } finally {
    runner.remove();
    await service.close();
  }
}

function sentJson(service: FakeService, index: number): any {
  return JSON.parse(service.received[index]!.body);
}

test('create-a-cart: POST …/carts with the documented headers and body; every line of the 201 sample read', async () => {
  const literal = "@{CatalogItemId='DZH318Z0BQ36:004G:DZH318Z08C0S'; Quantity=1; BillingCycle='OneTime'; TermDuration='P1Y'; ProvisioningContext=@{subscriptionId='1C461A25-F729-4FA5-AADB-280947DD05E8'; scope='shared'}}";
  const { result, service } = await replay(
    [{ method: 'POST', path: `/v1/customers/${CUSTOMER}/carts`, status: 201, body: CREATE_CART_RESPONSE }],
    ['New-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-LineItems', literal, '-Confirm:$false'],
  );
  assert.is(result.code, 0, result.stderr);
  const headers = service.received[0]!.headers;
  assert.is(headers['ms-contract-version'], 'v1');
  assert.is(headers.accept, 'application/json');
  assert.match(String(headers['ms-requestid']), /^[0-9a-f-]{36}$/);
  assert.match(String(headers['ms-correlationid']), /^[0-9a-f-]{36}$/);
  assert.is(headers['x-locale'], 'en-US');
  assert.is(headers.authorization, 'Bearer documented-sample-token');
  assert.equal(sentJson(service, 0), { lineItems: [{ catalogItemId: 'DZH318Z0BQ36:004G:DZH318Z08C0S', quantity: 1, billingCycle: 'one_time', termDuration: 'P1Y', provisioningContext: { subscriptionId: '1C461A25-F729-4FA5-AADB-280947DD05E8', scope: 'shared' } }] });
  const cart = result.objects[0];
  assert.is(cart.CartId, CART);
  assert.is(cart.Status, 'Active');
  assert.equal(cart.LineItems.map((l: any) => [l.Id, l.BillingCycle, l.TermDuration ?? null, l.OrderGroup]), [
    [0, 'Monthly', 'P1Y', 'OMS-0'], [1, 'OneTime', 'P1Y', '0'], [2, 'OneTime', 'P3Y', '0'], [3, 'OneTime', null, '0'], [4, 'Monthly', 'P1M', '1'], [5, 'None', 'P1M', '2'],
  ]);
  assert.equal(cart.LineItems[5].RenewsTo, { TermDuration: 'P1Y' });
  assert.equal(cart.LineItems[1].ProvisioningContext, { subscriptionId: '1C461A25-F729-4FA5-AADB-280947DD05E8', scope: 'shared' });
});

test('create-a-cart attestation sample: -PartnerOnRecordAttestationAccepted sends the cart-level property beside lineItems, participants in snake_case', async () => {
  const sample = CREATE_CART_ATTESTATION_REQUEST.lineItems[1]!;
  const literal = `@{CatalogItemId='${sample.catalogItemId}'; Quantity=2; BillingCycle='Monthly'; TermDuration='P1Y'; Participants=@(@{Key='TransactionReseller'; Value='5357564'}, @{Key='AdditionalTransactionReseller'; Value='517285'})}`;
  const { result, service } = await replay(
    [{ method: 'POST', status: 201, body: CREATE_CART_RESPONSE }],
    ['New-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-PartnerOnRecordAttestationAccepted', '-LineItems', literal, '-Confirm:$false'],
  );
  assert.is(result.code, 0, result.stderr);
  const body = sentJson(service, 0);
  assert.equal(Object.keys(body), Object.keys(CREATE_CART_ATTESTATION_REQUEST));
  assert.is(body.PartnerOnRecordAttestationAccepted, true);
  assert.equal(body.lineItems[0].participants, sample.participants);
});

test('update-a-cart sample read by Get-: a cart without status gives Status null; the PascalCase ProvisioningContext key is read', async () => {
  const { result } = await replay([{ method: 'GET', path: `/carts/${CART}`, status: 200, body: UPDATE_CART_RESPONSE }], ['Get-PartnerCustomerCart', ...ids]);
  assert.is(result.code, 0, result.stderr);
  const cart = result.objects[0];
  assert.is(cart.Status, null);
  assert.is(cart.CartId, UPDATE_CART_RESPONSE.id);
  assert.equal(cart.LineItems[0].ProvisioningContext, { subscriptionId: '3D5ECED6-1151-44C7-AEE6-70A4BB725666', scope: 'shared', duration: '1Year' });
});

const RI = "@{CatalogItemId='DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; Quantity=3; BillingCycle='OneTime'; FriendlyName='A_sample_Azure_RI'}";
const withLines = (lineItems: unknown[]) => ({ ...UPDATE_CART_RESPONSE, lineItems });
const RI_STORED = { id: 0, catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', friendlyName: 'A_sample_Azure_RI', quantity: 3, currencyCode: 'USD', billingCycle: 'one_time', orderGroup: '0' };

test('Set- without ETags (as documented): GET, GET again just before the PUT, PUT the whole cart without If-Match, then a verifying GET', async () => {
  const { result, service } = await replay([
    { method: 'GET', status: 200, body: UPDATE_CART_RESPONSE },
    { method: 'GET', status: 200, body: UPDATE_CART_RESPONSE },
    { method: 'PUT', path: `/carts/${CART}`, status: 201, body: withLines([RI_STORED]) },
    { method: 'GET', status: 200, body: withLines([RI_STORED]) },
  ], ['Set-PartnerCustomerCart', ...ids, '-LineItems', RI, '-Confirm:$false']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(service.received.map((r) => r.method), ['GET', 'GET', 'PUT', 'GET']);
  assert.is(service.received[2]!.headers['if-match'], undefined);
  const put = sentJson(service, 2);
  assert.equal(put.links, UPDATE_CART_RESPONSE.links, 'the whole cart goes back');
  assert.equal(put.lineItems, [{ catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', friendlyName: 'A_sample_Azure_RI', quantity: 3, billingCycle: 'one_time' }]);
  assert.is(result.objects[0].LineItems[0].Quantity, 3);
});

test('Set- without ETags: a cart that changed between the first read and the PUT is read again and the change applied to it', async () => {
  const moved = { ...UPDATE_CART_RESPONSE, lastModifiedTimestamp: '2018-03-15T17:20:00.0000000Z' };
  const { result, service } = await replay([
    { method: 'GET', status: 200, body: UPDATE_CART_RESPONSE },
    { method: 'GET', status: 200, body: moved },
    { method: 'GET', status: 200, body: moved },
    { method: 'GET', status: 200, body: moved },
    { method: 'PUT', status: 200, body: { ...moved, lineItems: [RI_STORED] } },
    { method: 'GET', status: 200, body: { ...moved, lineItems: [RI_STORED] } },
  ], ['Set-PartnerCustomerCart', ...ids, '-LineItems', RI, '-Confirm:$false']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(service.received.map((r) => r.method), ['GET', 'GET', 'GET', 'GET', 'PUT', 'GET']);
});

test('Set- without ETags whose write another request replaced: exit 1, CartChangedByAnotherRequest, not written again', async () => {
  const other = { ...RI_STORED, quantity: 7 };
  const { result, service } = await replay([
    { method: 'GET', status: 200, body: UPDATE_CART_RESPONSE },
    { method: 'GET', status: 200, body: UPDATE_CART_RESPONSE },
    { method: 'PUT', status: 200, body: withLines([RI_STORED]) },
    { method: 'GET', status: 200, body: withLines([other]) },
  ], ['Set-PartnerCustomerCart', ...ids, '-LineItems', RI, '-Confirm:$false']);
  assert.is(result.code, 1);
  assert.equal(result.objects, []);
  assert.match(result.stderr, /Another request changed the cart [0-9a-f-]+ while this call was writing it/);
  assert.is(service.received.filter((r) => r.method === 'PUT').length, 1);
});

test('Add- without ETags whose appended line another writer replaced: appended again from a fresh read, nothing lost', async () => {
  const base = withLines([RI_STORED]);
  const mine = { id: 1, catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', quantity: 5, billingCycle: 'monthly', termDuration: 'P1M', orderGroup: '1' };
  const theirs = { ...mine, catalogItemId: 'CFQ7TTC0LFLX:0002:CFQ7TTC0MM8R', termDuration: 'P3Y' };
  const both = withLines([RI_STORED, theirs, { ...mine, id: 2 }]);
  const { result, service } = await replay([
    { method: 'GET', status: 200, body: base },
    { method: 'GET', status: 200, body: base },
    { method: 'PUT', status: 200, body: withLines([RI_STORED, mine]) },
    { method: 'GET', status: 200, body: withLines([RI_STORED, theirs]) },
    { method: 'GET', status: 200, body: withLines([RI_STORED, theirs]) },
    { method: 'GET', status: 200, body: withLines([RI_STORED, theirs]) },
    { method: 'PUT', status: 200, body: both },
    { method: 'GET', status: 200, body: both },
  ], ['Add-PartnerCustomerCartLineItem', ...ids, '-LineItem', "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}", '-Confirm:$false']);
  assert.is(result.code, 0, result.stderr);
  assert.is(service.pending(), 0);
  const written = sentJson(service, 6).lineItems.map((l: any) => [l.id, l.catalogItemId]);
  assert.equal(written, [[0, RI_STORED.catalogItemId], [1, theirs.catalogItemId], [2, mine.catalogItemId]]);
  assert.equal(result.objects[0].LineItems.map((l: any) => l.Id), [0, 1, 2]);
});

test('checkout-a-cart: POST …/checkout with no body; the 201 sample read whole (status as sent, links, line items)', async () => {
  const { result, service } = await replay(
    [{ method: 'POST', path: `/carts/${CART}/checkout`, status: 201, body: CHECKOUT_RESPONSE }],
    ['Submit-PartnerCustomerCart', ...ids, '-Confirm:$false'],
  );
  assert.is(result.code, 0, result.stderr);
  assert.is(service.received[0]!.body, '');
  const orders = result.objects[0].Orders;
  assert.equal(orders.map((o: any) => [o.OrderId, o.Status, o.BillingCycle, o.LineItems.length]), [
    ['3c6f2530-1e31-4088-8230-dd1c31a18bce', 'completed', 'Monthly', 1], ['311qiN8iFwkv-XARWMvXRYAwYKMACVqv1', 'pending', 'OneTime', 3], ['HVu_cO8Ea7fNRQP4ia1QTpZap-kg_7P71', 'pending', 'Monthly', 1],
  ]);
  assert.is(orders[0].Links.ProvisioningStatus.Uri, CHECKOUT_RESPONSE.orders[0]!.links.provisioningStatus.uri);
  const documentedLine = CHECKOUT_RESPONSE.orders[0]!.lineItems[0]!.links as { subscription: { uri: string } };
  assert.is(orders[0].LineItems[0].Links.Subscription.Uri, documentedLine.subscription.uri);
  assert.ok(orders.flatMap((o: any) => o.LineItems).every((l: any) => l.TransactionType === 'New'));
  assert.equal(result.objects[0].OrderErrors, []);
});

test('a 200 whose body is not a cart is an error naming what is wrong, not a cart with an empty CartId', async () => {
  for (const body of [{ value: 'unrelated' }, [], 'null', { id: '', lineItems: [] }]) {
    const { result } = await replay([{ method: 'GET', status: 200, body }], ['Get-PartnerCustomerCart', ...ids]);
    assert.is(result.code, 1, JSON.stringify(body));
    assert.equal(result.objects, []);
    assert.match(result.stderr, /Partner Center answered HTTP 200 with a body that is not a cart: /);
  }
});

test.run();
