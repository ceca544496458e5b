/**
 * The whole cart lifecycle through the spawned commands on the embedded emulator
 * (Connect -Environment Emulator → New → Get → Set → Add → Submit → Get), the output views,
 * `pcsh <Cmdlet>` and what Set-/Add- keep.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BASIC_LITERAL, BUSINESS_BASIC, BUSINESS_BASIC_ADDON, CUSTOMER, PROVISIONING, RESERVED_VM, RESERVED_VM_LITERAL,
  connectedSandbox, jsonLines, newCart, requestLog, single, storedCartIds, type Json,
} from './fixtures-carts/helpers.ts';

const CART_KEYS = ['CartId', 'CreationTimestamp', 'ExpirationTimestamp', 'LastModifiedTimestamp', 'LastModifiedUser', 'LineItems', 'Status'];

test('Connect → New → Get → Set → Add → Submit → Get: JSON lines, Ordered at the end', async () => {
  const sandbox = await connectedSandbox();
  const ids = ['-CustomerId', CUSTOMER];

  const created = single(await sandbox.run('New-PartnerCustomerCart', [...ids, '-LineItems', RESERVED_VM_LITERAL]), 'New');
  assert.equal(Object.keys(created).sort(), [...CART_KEYS].sort());
  assert.is(created.Status, 'Active');
  assert.match(created.CartId, /^[0-9a-f-]{36}$/);
  assert.is(Date.parse(created.ExpirationTimestamp) - Date.parse(created.CreationTimestamp), 7 * 24 * 3600 * 1000);
  assert.is(created.LineItems.length, 1);
  assert.is(created.LineItems[0].CatalogItemId, RESERVED_VM);
  assert.is(created.LineItems[0].BillingCycle, 'OneTime');
  assert.is(created.LineItems[0].Quantity, 10);
  assert.equal(created.LineItems[0].ProvisioningContext, PROVISIONING);
  assert.is(created.LineItems[0].CurrencyCode, 'USD');
  assert.is(created.LineItems[0].Error, undefined);
  const cartArgs = [...ids, '-CartId', created.CartId];

  const read = single(await sandbox.run('Get-PartnerCustomerCart', cartArgs), 'Get');
  assert.equal(read, created);

  const set = single(await sandbox.run('Set-PartnerCustomerCart', [...cartArgs, '-LineItems',
    `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=25; BillingCycle='Monthly'; TermDuration='P1Y'; FriendlyName='Business Basic seats'}`]), 'Set');
  assert.is(set.CartId, created.CartId);
  assert.is(set.CreationTimestamp, created.CreationTimestamp);
  assert.is(set.ExpirationTimestamp, created.ExpirationTimestamp);
  assert.is(set.LineItems.length, 1);
  assert.is(set.LineItems[0].Quantity, 25);
  assert.is(set.LineItems[0].TermDuration, 'P1Y');
  assert.is(set.LineItems[0].FriendlyName, 'Business Basic seats');

  const added = single(await sandbox.run('Add-PartnerCustomerCartLineItem', [...cartArgs, '-LineItem', RESERVED_VM_LITERAL]), 'Add');
  assert.equal(added.LineItems.map((item: Json) => [item.Id, item.CatalogItemId]), [[0, BUSINESS_BASIC], [1, RESERVED_VM]]);
  assert.equal(added.LineItems[1].ProvisioningContext, PROVISIONING);

  const submitted = single(await sandbox.run('Submit-PartnerCustomerCart', cartArgs), 'Submit');
  assert.equal(Object.keys(submitted).sort(), ['OrderErrors', 'Orders']);
  assert.is(submitted.Orders.length, 2, 'one order per order group (Monthly, OneTime)');
  assert.equal(submitted.OrderErrors, []);
  const orderedItems = submitted.Orders.flatMap((order: Json) => order.LineItems.map((line: Json) => line.OfferId)).sort();
  assert.equal(orderedItems, [BUSINESS_BASIC, RESERVED_VM].sort());
  for (const order of submitted.Orders) assert.is(order.ReferenceCustomerId, CUSTOMER);

  const after = single(await sandbox.run('Get-PartnerCustomerCart', cartArgs), 'Get after Submit');
  assert.is(after.Status, 'Ordered');
  assert.equal(after.LineItems, added.LineItems);

  // what went over the wire, in order, each cmdlet with its own correlation id
  const log = requestLog(sandbox.dataDir);
  assert.equal(log.map((entry) => `${entry.method} ${entry.route} ${entry.status}`), [
    'POST createCart 201', 'GET getCart 200', 'GET getCart 200', 'PUT updateCart 200', 'GET getCart 200', 'PUT updateCart 200',
    'POST checkout 201', 'GET getCart 200',
  ]);
  assert.is(log[2]!.correlationId, log[3]!.correlationId, 'Set- GET and PUT share the invocation\'s correlation id');
  assert.is.not(log[0]!.correlationId, log[1]!.correlationId);
  assert.is(new Set(log.map((entry) => entry.requestId)).size, log.length, 'one MS-RequestId per logical call');
  assert.equal(storedCartIds(sandbox.dataDir), [created.CartId]);
});

test('a second Submit- answers the same orders (idempotent checkout), no new order', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox);
  const args = ['-CustomerId', CUSTOMER, '-CartId', cart.CartId];
  const first = single(await sandbox.run('Submit-PartnerCustomerCart', args));
  const second = single(await sandbox.run('Submit-PartnerCustomerCart', args));
  assert.equal(second.Orders.map((o: Json) => o.OrderId), first.Orders.map((o: Json) => o.OrderId));
});

test('PCSH_FORMAT=list, =table and pcsh --format list give the list and table views', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox, RESERVED_VM_LITERAL);
  const args = ['-CustomerId', CUSTOMER, '-CartId', cart.CartId];

  const list = await sandbox.run('Get-PartnerCustomerCart', args, { env: { PCSH_FORMAT: 'list' } });
  assert.is(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`^CartId\\s+: ${cart.CartId}$`, 'm'));
  assert.match(list.stdout, /^Status\s+: Active$/m);
  assert.match(list.stdout, /^LineItems\s+:$/m);
  assert.match(list.stdout, new RegExp(`^\\s+CatalogItemId\\s+: ${RESERVED_VM}$`, 'm'));
  assert.match(list.stdout, /^\s+subscriptionId\s+: c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75$/m);
  assert.not.match(list.stdout, /^\{/m, 'no JSON in the list view');
  assert.not.match(list.stdout, /\x1b\[/, 'no escape codes with NO_COLOR');

  const table = await sandbox.run('Get-PartnerCustomerCart', args, { env: { PCSH_FORMAT: 'table' } });
  assert.is(table.code, 0, table.stderr);
  const rows = table.stdout.split('\n').filter((line) => line.trim() !== '');
  assert.match(rows[0]!, /^CartId\s+CreationTimestamp/);
  assert.match(rows[1]!, /^-{6}\s+-+/);
  assert.ok(rows[2]!.startsWith(cart.CartId), rows[2]);
  assert.is(rows.length, 3);

  const viaHost = await sandbox.run('pcsh', ['--format', 'list', 'Get-PartnerCustomerCart', ...args]);
  assert.is(viaHost.code, 0, viaHost.stderr);
  assert.is(viaHost.stdout, list.stdout);
  const viaHostEq = await sandbox.run('pcsh', ['--format=table', 'Get-PartnerCustomerCart', ...args]);
  assert.is(viaHostEq.stdout, table.stdout);

  const json = await sandbox.run('Get-PartnerCustomerCart', args, { env: { PCSH_FORMAT: 'json' } });
  assert.equal(jsonLines(json), [cart]);
});

test('pcsh New-PartnerCustomerCart … behaves like New-PartnerCustomerCart …', async () => {
  const sandbox = await connectedSandbox();
  const args = ['-CustomerId', CUSTOMER, '-LineItems', RESERVED_VM_LITERAL];
  const direct = single(await sandbox.run('New-PartnerCustomerCart', args));
  const viaHost = single(await sandbox.run('pcsh', ['New-PartnerCustomerCart', ...args]));
  const strip = (cart: Json) => ({
    ...cart, CartId: undefined, CreationTimestamp: undefined, ExpirationTimestamp: undefined, LastModifiedTimestamp: undefined,
  });
  assert.equal(strip(viaHost), strip(direct));
  assert.is(storedCartIds(sandbox.dataDir).length, 2);
  // the same errors and exit codes too
  const bad = ['-CustomerId', 'not-a-guid', '-LineItems', RESERVED_VM_LITERAL];
  const directBad = await sandbox.run('New-PartnerCustomerCart', bad);
  const hostBad = await sandbox.run('pcsh', ['New-PartnerCustomerCart', ...bad]);
  assert.is(directBad.code, 2);
  assert.is(hostBad.code, 2);
  assert.is(hostBad.stderr, directBad.stderr);
});

const FULL_ITEM_JSON = JSON.stringify({
  CatalogItemId: BUSINESS_BASIC, FriendlyName: 'Seats', Quantity: 10, BillingCycle: 'Annual', TermDuration: 'P1Y',
  RenewsTo: { TermDuration: 'P1Y' },
  Participants: [{ Key: 'TransactionReseller', Value: '5357564' }],
  ProvisioningContext: { Note: 'kept' },
  AddonItems: [{ CatalogItemId: BUSINESS_BASIC_ADDON, Quantity: 2, BillingCycle: 'Annual', TermDuration: 'P1Y' }],
});

function assertFullItem(item: Json, where: string): void {
  assert.is(item.CatalogItemId, BUSINESS_BASIC, where);
  assert.is(item.FriendlyName, 'Seats', where);
  assert.is(item.Quantity, 10, where);
  assert.is(item.BillingCycle, 'Annual', where);
  assert.is(item.TermDuration, 'P1Y', `${where}: TermDuration`);
  assert.equal(item.RenewsTo, { TermDuration: 'P1Y' }, `${where}: RenewsTo`);
  assert.equal(item.Participants, [{ Key: 'TransactionReseller', Value: '5357564' }], `${where}: Participants`);
  assert.equal(item.ProvisioningContext, { note: 'kept' }, `${where}: ProvisioningContext`);
  assert.is(item.AddonItems?.length, 1, `${where}: AddonItems`);
  assert.is(item.AddonItems[0].CatalogItemId, BUSINESS_BASIC_ADDON, where);
  assert.is(item.AddonItems[0].TermDuration, 'P1Y', where);
  assert.is(item.Error, undefined, `${where}: ${JSON.stringify(item.Error)}`);
}

test('New-/Set-/Add- keep every line-item field (TermDuration, RenewsTo, AddonItems, Participants, ProvisioningContext)', async () => {
  const sandbox = await connectedSandbox();
  const created = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', `[${FULL_ITEM_JSON}]`]), 'New');
  assertFullItem(created.LineItems[0], 'New');
  const cartArgs = ['-CustomerId', CUSTOMER, '-CartId', created.CartId];

  // Set-: replace with a reserved instance and the full item; both keep everything
  const set = single(await sandbox.run('Set-PartnerCustomerCart', [...cartArgs, '-LineItems', `[${FULL_ITEM_JSON}, ${JSON.stringify({
    CatalogItemId: RESERVED_VM, Quantity: 3, BillingCycle: 'OneTime', ProvisioningContext: PROVISIONING,
  })}]`]), 'Set');
  assertFullItem(set.LineItems[0], 'Set');
  assert.equal(set.LineItems[1].ProvisioningContext, PROVISIONING, 'Set: ProvisioningContext');

  // Add-: the existing items stay exactly as they were; the new one gets the next free id
  const added = single(await sandbox.run('Add-PartnerCustomerCartLineItem', [...cartArgs, '-LineItem',
    `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=4; BillingCycle='Monthly'; TermDuration='P1M'; RenewsTo=@{TermDuration='P1M'}}`]), 'Add');
  assert.is(added.LineItems.length, 3);
  assert.equal(added.LineItems.slice(0, 2), set.LineItems, 'Add keeps the existing line items unchanged');
  assert.is(added.LineItems[2].Id, Math.max(...set.LineItems.map((item: Json) => item.Id)) + 1);
  assert.is(added.LineItems[2].TermDuration, 'P1M');
  assert.equal(added.LineItems[2].RenewsTo, { TermDuration: 'P1M' });

  // and the stored cart (what Get reads back) agrees
  const read = single(await sandbox.run('Get-PartnerCustomerCart', cartArgs), 'Get');
  assert.equal(read.LineItems, added.LineItems);
  const stored = JSON.parse(readFileSync(join(sandbox.dataDir, 'carts', CUSTOMER, `${created.CartId}.json`), 'utf8'));
  const storedLines = (stored.cart ?? stored).lineItems;
  assert.is(storedLines.length, 3);
  assert.equal(storedLines[0].provisioningContext, { note: 'kept' });
  assert.equal(storedLines[1].provisioningContext, PROVISIONING);
  assert.is(storedLines[0].termDuration, 'P1Y');
});

/** The JSON bodies of the PUT requests in a -Debug stderr (the line after "HTTP request PUT …" headers). */
function putBodies(stderr: string): Json[] {
  const lines = stderr.split('\n');
  const bodies: Json[] = [];
  lines.forEach((line, index) => {
    if (!/^DEBUG: HTTP request PUT /.test(line)) return;
    const body = lines.slice(index + 1).find((next) => next.startsWith('DEBUG: Body: '));
    if (body) bodies.push(JSON.parse(body.slice('DEBUG: Body: '.length)) as Json);
  });
  return bodies;
}

test('bash round trip: Get … | jq -c .LineItems fed back into Set- (and one item into Add-) binds and keeps every field; Error never goes back', async () => {
  const sandbox = await connectedSandbox();
  const reserved = JSON.stringify({ CatalogItemId: RESERVED_VM, Quantity: 3, BillingCycle: 'OneTime', ProvisioningContext: PROVISIONING });
  // an add-on above its base offer's seats: the server stores a line error on it
  const overAddon = JSON.stringify({
    CatalogItemId: BUSINESS_BASIC, Quantity: 1, BillingCycle: 'Monthly', TermDuration: 'P1M',
    AddonItems: [{ CatalogItemId: BUSINESS_BASIC_ADDON, Quantity: 3, BillingCycle: 'Monthly', TermDuration: 'P1M' }],
  });
  const created = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', `[${FULL_ITEM_JSON}, ${reserved}, ${overAddon}]`]), 'New');
  const cartArgs = ['-CustomerId', CUSTOMER, '-CartId', created.CartId];
  const read = single(await sandbox.run('Get-PartnerCustomerCart', cartArgs), 'Get');
  // what the service assigned is in the output, so it is in what jq prints
  assert.equal(read.LineItems.map((item: Json) => [item.CurrencyCode, typeof item.OrderGroup]), [['USD', 'string'], ['USD', 'string'], ['USD', 'string']]);
  assert.is(read.LineItems[0].AddonItems[0].OrderGroup, read.LineItems[0].OrderGroup);
  assert.is(read.LineItems[2].AddonItems[0].Error.ErrorCode, 'BaseOfferSeatQuantityNotMet');
  const lineItemsJson = JSON.stringify(read.LineItems); // = `jq -c .LineItems`

  const setRun = await sandbox.run('Set-PartnerCustomerCart', [...cartArgs, '-LineItems', lineItemsJson, '-Debug']);
  const set = single(setRun, 'Set with the read-back line items');
  assert.equal(set.LineItems, read.LineItems, 'Set- with the cart\'s own line items changes none of them');
  assertFullItem(set.LineItems[0], 'Set round trip');
  assert.equal(set.LineItems[1].ProvisioningContext, PROVISIONING, 'Set round trip: ProvisioningContext');
  assert.is(set.LineItems[2].TermDuration, 'P1M', 'Set round trip: TermDuration');
  assert.is(set.LineItems[2].AddonItems[0].Error.ErrorCode, 'BaseOfferSeatQuantityNotMet', 'the server computed the error again');
  // on the wire: orderGroup and currencyCode as read, no error (the server computes errors)
  const [put] = putBodies(setRun.stderr);
  assert.ok(put, `no PUT body in the debug stream:\n${setRun.stderr}`);
  const sentLines = put!.lineItems.flatMap((line: Json) => [line, ...(line.addonItems ?? [])]);
  assert.is(sentLines.length, 5);
  for (const line of sentLines) {
    assert.not.ok('error' in line, `error sent to the service: ${JSON.stringify(line)}`);
    assert.is(typeof line.orderGroup, 'string');
    assert.is(line.currencyCode, 'USD');
  }
  assert.equal(put!.lineItems.map((line: Json) => line.termDuration), ['P1Y', undefined, 'P1M']);

  // one read-back item into Add-: appended under the next free id, ProvisioningContext / TermDuration kept
  const addedReserved = single(await sandbox.run('Add-PartnerCustomerCartLineItem', [...cartArgs, '-LineItem', JSON.stringify(read.LineItems[1])]), 'Add the reserved item');
  assert.is(addedReserved.LineItems.length, 4);
  assert.equal(addedReserved.LineItems.slice(0, 3), set.LineItems);
  assert.is(addedReserved.LineItems[3].Id, 3);
  assert.is(addedReserved.LineItems[3].CatalogItemId, RESERVED_VM);
  assert.equal(addedReserved.LineItems[3].ProvisioningContext, PROVISIONING);
  const addedFull = single(await sandbox.run('Add-PartnerCustomerCartLineItem', [...cartArgs, '-LineItem', JSON.stringify(read.LineItems[0])]), 'Add the full item');
  assert.is(addedFull.LineItems[4].Id, 4);
  assertFullItem(addedFull.LineItems[4], 'Add round trip');
});

test('Add- appends with the next free id after a gap, twice', async () => {
  const sandbox = await connectedSandbox();
  const cart = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems',
    `@{Id=4; CatalogItemId='${BUSINESS_BASIC}'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`]));
  assert.is(cart.LineItems[0].Id, 4);
  const args = ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', RESERVED_VM_LITERAL];
  const once = single(await sandbox.run('Add-PartnerCustomerCartLineItem', args));
  const twice = single(await sandbox.run('Add-PartnerCustomerCartLineItem', args));
  assert.equal(once.LineItems.map((item: Json) => item.Id), [4, 5]);
  assert.equal(twice.LineItems.map((item: Json) => item.Id), [4, 5, 6]);
  assert.equal(twice.LineItems[2].ProvisioningContext, PROVISIONING);
});

test('a customer id in braces and upper case reaches the same cart', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox, BASIC_LITERAL);
  const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', `{${CUSTOMER.toUpperCase()}}`, '-CartId', cart.CartId]));
  assert.is(read.CartId, cart.CartId);
});

test('npm run demo (scripts/demo.ts): the README\'s main job finds the customer and the items, runs the whole lifecycle, prints readable results', async () => {
  const { spawnSync } = await import('node:child_process');
  const { root } = await import('./run-command.ts');
  const demo = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/demo.ts')], {
    cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
  });
  assert.is(demo.status, 0, demo.stderr);
  const catalog = ['Get-PartnerCustomer', 'Get-PartnerProduct', 'Get-PartnerProductSku', 'Get-PartnerProductAvailability'];
  for (const command of ['Connect-PartnerCenter', ...catalog, 'New-PartnerCustomerCart', 'Get-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem', 'Submit-PartnerCustomerCart']) {
    assert.ok(demo.stdout.includes(`$ ${command} `), `the demo does not run ${command}`);
  }
  assert.match(demo.stdout, /^Status\s+: Ordered$/m, 'the cart ends Ordered, shown in the list view');
  assert.match(demo.stdout, /^Orders\s+:$/m);
  assert.not.match(demo.stdout, /^\{"/m, 'readable, not JSON');
  assert.match(demo.stderr, /^What if: Performing the operation "Set-PartnerCustomerCart"/m);
  assert.ok(demo.stdout.indexOf('$ Get-PartnerCustomer -Domain contoso.onmicrosoft.com') < demo.stdout.indexOf('$ New-PartnerCustomerCart '));
  assert.match(demo.stdout, /Done: from a domain name and a product search to an order, against the built-in emulator\./);
});

test.run();
