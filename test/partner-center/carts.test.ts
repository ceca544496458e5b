/** Cart operations and the five cmdlet handlers, through the real client and emulator. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CmdletContext } from '../../src/cmdlets/types.ts';
import type { PartnerCenterClient } from '../../src/partner-center/client-types.ts';
import type { PSCart, PSCartCheckoutResult } from '../../src/partner-center/models.ts';
import newCart from '../../src/cmdlets/new-partner-customer-cart.ts';
import setCart from '../../src/cmdlets/set-partner-customer-cart.ts';
import getCartHandler from '../../src/cmdlets/get-partner-customer-cart.ts';
import addLine from '../../src/cmdlets/add-partner-customer-cart-line-item.ts';
import submitCart from '../../src/cmdlets/submit-partner-customer-cart.ts';
import { bareId, cartsPath, nextLineItemId } from '../../src/partner-center/carts.ts';
import { ADDON_ITEM, BASIC_ITEM, CUSTOMER, TRIENNIAL_ITEM, basicLine, recordingClient, riLine, startHarness } from './support.ts';

function contextFor(client: PartnerCenterClient): CmdletContext {
  const unused = () => {
    throw new Error('not used by cart handlers');
  };
  return {
    commandName: 'test', parameterSet: '__AllParameterSets', correlationId: async () => 'c', env: {}, interactive: false,
    prompt: unused, now: () => new Date(), partnerCenter: async () => client,
    verbose: () => {}, debug: () => {}, warning: async () => {}, host: () => {},
    registry: undefined as never, width: 80, writeError: async () => {}, writeObject: () => {},
  };
}

test('ids: braces stripped, path segments encoded; next line id is one past the highest', () => {
  assert.is(bareId('{46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08}'), '46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08');
  assert.is(cartsPath('c/1', 'k'), '/v1/customers/c%2F1/carts/k');
  assert.is(nextLineItemId([]), 0);
  assert.is(nextLineItemId([{ id: 0 }, { Id: 4 }, { id: 2 }]), 5);
});

test('New → Get → Add → Set → Submit: every field kept, Add appends, Set replaces', async () => {
  const h = await startHarness();
  try {
    const r = recordingClient(h.emulator.url);
    const ctx = contextFor(r.client);
    const created = (await newCart({ CustomerId: `{${CUSTOMER}}`, LineItems: [riLine()] }, ctx)) as PSCart;
    assert.is(created.Status, 'Active');
    assert.equal(created.LineItems[0]!.ProvisioningContext, riLine().ProvisioningContext);
    assert.is(created.LineItems[0]!.CurrencyCode, 'USD');

    const added = (await addLine({ CartId: created.CartId, CustomerId: CUSTOMER, LineItem: { ...basicLine(), RenewsTo: { TermDuration: 'P1M' }, AddonItems: [{ CatalogItemId: ADDON_ITEM, BillingCycle: 'Monthly', Quantity: 2, TermDuration: 'P1M' }] } }, ctx)) as PSCart;
    assert.equal(added.LineItems.map((l) => [l.Id, l.CatalogItemId]), [[0, riLine().CatalogItemId], [1, BASIC_ITEM]]);
    assert.equal(added.LineItems[0]!.ProvisioningContext, riLine().ProvisioningContext, 'Add keeps the existing ProvisioningContext');
    assert.equal(added.LineItems[1]!.RenewsTo, { TermDuration: 'P1M' });
    assert.is(added.LineItems[1]!.AddonItems![0]!.OrderGroup, added.LineItems[1]!.OrderGroup);

    const fetched = (await getCartHandler({ CartId: created.CartId, CustomerId: CUSTOMER }, ctx)) as PSCart;
    assert.equal(fetched, added);

    const put = r.sent.filter((s) => s.method === 'PUT').at(-1)!;
    const putBody = JSON.parse(put.body!);
    assert.is(putBody.id, created.CartId, 'the whole cart is PUT back');
    assert.ok(putBody.links && putBody.attributes, 'links and attributes kept');

    const replaced = (await setCart({ CartId: created.CartId, CustomerId: CUSTOMER, LineItems: [{ CatalogItemId: TRIENNIAL_ITEM, BillingCycle: 'Triennial', Quantity: 3, TermDuration: 'P3Y' }, riLine(2)] }, ctx)) as PSCart;
    assert.equal(replaced.LineItems.map((l) => [l.CatalogItemId, l.TermDuration ?? null, l.Quantity]), [[TRIENNIAL_ITEM, 'P3Y', 3], [riLine().CatalogItemId, null, 2]]);
    assert.equal(replaced.LineItems[1]!.ProvisioningContext, riLine().ProvisioningContext, 'Set keeps ProvisioningContext');
    assert.is(replaced.CreationTimestamp, created.CreationTimestamp);

    const result = (await submitCart({ CartId: created.CartId, CustomerId: CUSTOMER }, ctx)) as PSCartCheckoutResult;
    assert.equal(result.Orders.map((o) => o.BillingCycle).sort(), ['OneTime', 'Triennial']);
    const post = r.sent.at(-1)!;
    assert.ok(post.url.endsWith('/checkout'));
    assert.is(post.body, undefined, 'checkout sends no body');
    assert.is(((await getCartHandler({ CartId: created.CartId, CustomerId: CUSTOMER }, ctx)) as PSCart).Status, 'Ordered');
  } finally {
    await h.stop();
  }
});

test('concurrent Add- calls through two emulators on one folder lose nothing (ETag / If-Match, re-read on 800064)', async () => {
  const h = await startHarness();
  const { startEmulator } = await import('../../src/emulator/index.ts');
  const second = await startEmulator({ dataDir: h.dataDir });
  try {
    const first = recordingClient(h.emulator.url);
    const cart = (await newCart({ CustomerId: CUSTOMER, LineItems: [riLine()] }, contextFor(first.client))) as PSCart;
    const adders = Array.from({ length: 8 }, (_, i) => recordingClient(i % 2 ? second.url : h.emulator.url));
    await Promise.all(adders.map((r, i) => addLine({ CartId: cart.CartId, CustomerId: CUSTOMER, LineItem: basicLine(i + 1) }, contextFor(r.client))));
    const final = (await getCartHandler({ CartId: cart.CartId, CustomerId: CUSTOMER }, contextFor(first.client))) as PSCart;
    assert.equal(final.LineItems.map((l) => l.Id), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert.equal(final.LineItems.slice(1).map((l) => l.Quantity).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8]);
    const puts = adders.flatMap((r) => r.sent.filter((s) => s.method === 'PUT'));
    assert.ok(puts.every((p) => /^"\d+"$/.test(p.headers['If-Match'] ?? '')), 'every PUT carries If-Match');
  } finally {
    await second.close();
    await h.stop();
  }
});

test('Add onto a cart whose answer is PascalCase keeps its casing out of the way', async () => {
  const responses: unknown[] = [
    { Id: 'k', LineItems: [{ Id: 7, CatalogItemId: 'a:b:c', Quantity: 1, BillingCycle: 'OneTime' }], Status: 'Active' },
    { Id: 'k', LineItems: [{ Id: 7, CatalogItemId: 'a:b:c', Quantity: 1, BillingCycle: 'OneTime' }], Status: 'Active' },
    { id: 'k', lineItems: [{ id: 7, catalogItemId: 'a:b:c', quantity: 1, billingCycle: 'one_time' }, { ...basicLineWire(), id: 8 }], status: 'Active' },
    { id: 'k', lineItems: [{ id: 7, catalogItemId: 'a:b:c', quantity: 1, billingCycle: 'one_time' }, { ...basicLineWire(), id: 8 }], status: 'Active' },
  ];
  const calls: { method: string; body?: unknown }[] = [];
  const client: PartnerCenterClient = {
    request: async <T>(method: string, _path: string, body?: unknown) => {
      calls.push({ method, body });
      return responses.shift() as T;
    },
  };
  await addLine({ CartId: 'k', CustomerId: CUSTOMER, LineItem: basicLine() }, contextFor(client));
  const body = calls[2]!.body as Record<string, unknown>;
  assert.not.ok('LineItems' in body);
  assert.equal((body.lineItems as { Id?: number; id?: number }[]).map((l) => l.Id ?? l.id), [7, 8]);
  assert.equal(calls.map((c) => c.method), ['GET', 'GET', 'PUT', 'GET'], 'no ETag: read again before the PUT, verified by a fresh read after');
});

function basicLineWire() {
  return { catalogItemId: basicLine().CatalogItemId, quantity: basicLine().Quantity, billingCycle: 'monthly', termDuration: 'P1M' };
}

test.run();
