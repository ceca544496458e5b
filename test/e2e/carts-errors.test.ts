/**
 * Every documented error path of the cart cmdlets, through the spawned commands on the embedded
 * emulator: ConciseView text on stderr, nothing on stdout, exit 1 for a Partner Center refusal or
 * no connection, exit 2 (and no request) for binding and validation errors.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectFaults } from '../../src/emulator/index.ts';
import { createSandbox, type CommandResult } from './run-command.ts';
import {
  BASIC_LITERAL, BUSINESS_BASIC, CUSTOMER, RESERVED_VM_LITERAL, connectedSandbox, expectFailure, newCart, requestLog,
  requestLogText, single, storedCartIds,
} from './fixtures-carts/helpers.ts';

const MISSING_CART = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

/** `<Cmdlet>: <text> (<code>, HTTP <status>, request <id>)`, and the id is the one the emulator logged. */
function expectApiError(result: CommandResult, dataDir: string, command: string, code: number, status: number, text: RegExp): void {
  expectFailure(result, 1, new RegExp(`^${command}: `), command);
  assert.is(result.stdout, '');
  const match = new RegExp(`^${command}: (.*) \\(${code}, HTTP ${status}, request ([0-9a-f-]{36})\\)\\n$`).exec(result.stderr);
  assert.ok(match, `unexpected error text: ${result.stderr}`);
  assert.match(match![1]!, text);
  const logged = requestLog(dataDir).filter((entry) => entry.requestId === match![2]);
  assert.ok(logged.length >= 1, `request ${match![2]} is not in the emulator's log`);
  assert.is(logged.at(-1)!.status, status);
}

test('not connected: every cart cmdlet names Connect-PartnerCenter and the emulator, exit 1, nothing sent', async () => {
  const sandbox = createSandbox();
  const calls: [string, string[]][] = [
    ['New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL]],
    ['Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART]],
    ['Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-LineItems', BASIC_LITERAL]],
    ['Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-LineItem', BASIC_LITERAL]],
    ['Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART]],
  ];
  const results = await Promise.all(calls.map(([command, args]) => sandbox.run(command, args)));
  for (const [index, result] of results.entries()) {
    const command = calls[index]![0];
    expectFailure(result, 1, new RegExp(`^${command}: Unable to find a connection to Partner Center\\. Run Connect-PartnerCenter to sign in, or Connect-PartnerCenter -Environment Emulator to use the built-in Partner Center emulator`), command);
    assert.is(result.stdout, '');
    assert.is(result.stderr.split('\n').filter(Boolean).length, 1, 'one line, no stack trace');
  }
  assert.is(requestLogText(sandbox.dataDir), '');
});

test('after Disconnect-PartnerCenter the cmdlets are not connected again', async () => {
  const sandbox = await connectedSandbox();
  await newCart(sandbox);
  assert.is((await sandbox.run('Disconnect-PartnerCenter', [])).code, 0);
  const before = requestLogText(sandbox.dataDir);
  const result = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL]);
  expectFailure(result, 1, /Run Connect-PartnerCenter/);
  assert.is(requestLogText(sandbox.dataDir), before);
});

test('cart not found: 800008 HTTP 404 for Get/Set/Add/Submit, exit 1', async () => {
  const sandbox = await connectedSandbox();
  const get = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART]);
  expectApiError(get, sandbox.dataDir, 'Get-PartnerCustomerCart', 800008, 404, new RegExp(`^Unable to retrieve the cart with id ${MISSING_CART}`));
  const set = await sandbox.run('Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-LineItems', BASIC_LITERAL]);
  expectApiError(set, sandbox.dataDir, 'Set-PartnerCustomerCart', 800008, 404, /does not exist/);
  const add = await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-LineItem', BASIC_LITERAL]);
  expectApiError(add, sandbox.dataDir, 'Add-PartnerCustomerCartLineItem', 800008, 404, /does not exist/);
  const submit = await sandbox.run('Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART]);
  expectApiError(submit, sandbox.dataDir, 'Submit-PartnerCustomerCart', 800008, 404, /does not exist/);
  // 404 is never retried: one request per call; Set-/Add- stop at the GET (no PUT)
  assert.equal(requestLog(sandbox.dataDir).map((e) => `${e.method} ${e.status}`), ['GET 404', 'GET 404', 'GET 404', 'POST 404']);
  assert.equal(storedCartIds(sandbox.dataDir), []);
});

test('a cart past its expiration (7 days) is 800008 too; an ordered one stays readable', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox);
  const file = join(sandbox.dataDir, 'carts', CUSTOMER, `${cart.CartId}.json`);
  const record = JSON.parse(readFileSync(file, 'utf8'));
  record.cart.expirationTimestamp = new Date(Date.now() - 1000).toISOString();
  writeFileSync(file, JSON.stringify(record));
  const get = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]);
  expectApiError(get, sandbox.dataDir, 'Get-PartnerCustomerCart', 800008, 404, /has expired/);
});

test('invalid offer: 800004 from New- and from Add- (after its GET), exit 1, cart unchanged', async () => {
  const sandbox = await connectedSandbox();
  const bogus = "@{CatalogItemId='ZZZZZZZZZZZZ:0001:ZZZZZZZZZZZZ'; Quantity=1; BillingCycle='Monthly'}";
  const created = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', bogus]);
  expectApiError(created, sandbox.dataDir, 'New-PartnerCustomerCart', 800004, 400, /^The offer id 'ZZZZZZZZZZZZ:0001:ZZZZZZZZZZZZ' is invalid/);
  assert.equal(storedCartIds(sandbox.dataDir), []);

  const cart = await newCart(sandbox);
  const add = await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', bogus]);
  expectApiError(add, sandbox.dataDir, 'Add-PartnerCustomerCartLineItem', 800004, 400, /is invalid or not available/);
  const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
  assert.equal(read.LineItems, cart.LineItems);
});

test('invalid input 800002 and quantity 800017 answered by Partner Center: exit 1 with code, status and request; not retried', async () => {
  const sandbox = await connectedSandbox();
  await injectFaults(sandbox.dataDir, [
    { route: 'createCart', kind: 'status', status: 400, code: 800002, description: 'Invalid request input: lineItems[0].quantity' },
  ]);
  const invalid = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL]);
  expectApiError(invalid, sandbox.dataDir, 'New-PartnerCustomerCart', 800002, 400, /^Invalid request input: lineItems\[0\]\.quantity$/);

  const cart = await newCart(sandbox);
  await injectFaults(sandbox.dataDir, [
    { route: 'updateCart', kind: 'status', status: 400, code: 800017, description: 'Quantity not available: only 3 left' },
  ]);
  const quantity = await sandbox.run('Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItems', BASIC_LITERAL]);
  expectApiError(quantity, sandbox.dataDir, 'Set-PartnerCustomerCart', 800017, 400, /^Quantity not available: only 3 left$/);
  // one attempt each: 400 is not retried
  const log = requestLog(sandbox.dataDir);
  assert.equal(log.map((e) => `${e.route} ${e.status}${e.fault ? ' fault' : ''}`), [
    'createCart 400 fault', 'createCart 201', 'getCart 200', 'updateCart 400 fault',
  ]);
});

test('quantity below the minimum never reaches Partner Center: exit 2, nothing sent', async () => {
  const sandbox = await connectedSandbox();
  const before = requestLogText(sandbox.dataDir);
  const zero = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems',
    `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=0; BillingCycle='Monthly'; TermDuration='P1M'}`]);
  expectFailure(zero, 2, /^New-PartnerCustomerCart: Cannot validate argument on parameter 'LineItems'\. LineItems\[0\]\.Quantity must be a positive integer \(got 0\)\.\n$/);
  assert.is(requestLogText(sandbox.dataDir), before);
});

test('checkout with line-item errors: 800009 naming the failing lines, exit 1, nothing ordered', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox, `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=500; BillingCycle='Monthly'; TermDuration='P1M'}`);
  assert.is(cart.LineItems[0].Error.ErrorCode, 'MaxAllowedSeatsPerSubscriptionExceeded', 'the line error is on the cart');
  const submit = await sandbox.run('Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]);
  expectApiError(submit, sandbox.dataDir, 'Submit-PartnerCustomerCart', 800009, 400, /^The cart has line items with errors/);
  assert.match(submit.stderr, /line item 0 \(CFQ7TTC0LH18:0001:CFQ7TTC0K971\): .*At most 300 seats/i, 'the failing line is named');
  const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
  assert.is(read.Status, 'Active');
});

test('Set-/Add- on an Ordered cart: 800002 (800065 is documented for checkout only), exit 1, nothing changed', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox);
  const args = ['-CustomerId', CUSTOMER, '-CartId', cart.CartId];
  single(await sandbox.run('Submit-PartnerCustomerCart', args), 'Submit');
  const set = await sandbox.run('Set-PartnerCustomerCart', [...args, '-LineItems', RESERVED_VM_LITERAL]);
  expectApiError(set, sandbox.dataDir, 'Set-PartnerCustomerCart', 800002, 400, new RegExp(`^Invalid request input: the cart ${cart.CartId} has been ordered and can no longer be changed\\.$`));
  const add = await sandbox.run('Add-PartnerCustomerCartLineItem', [...args, '-LineItem', RESERVED_VM_LITERAL]);
  expectApiError(add, sandbox.dataDir, 'Add-PartnerCustomerCartLineItem', 800002, 400, /has been ordered/);
  const read = single(await sandbox.run('Get-PartnerCustomerCart', args));
  assert.is(read.Status, 'Ordered');
  assert.equal(read.LineItems, cart.LineItems);
});

const BINDING_CASES: [string, string, string[], RegExp][] = [
  ['unknown parameter', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-Bogus', '1', '-LineItems', BASIC_LITERAL],
    /^New-PartnerCustomerCart: A parameter cannot be found that matches parameter name 'Bogus'\.\n$/],
  ['missing mandatory with no terminal', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER],
    /^New-PartnerCustomerCart: Cannot process command because of one or more missing mandatory parameters: LineItems\.\n$/],
  ['customer id not a GUID', 'Get-PartnerCustomerCart', ['-CustomerId', 'contoso', '-CartId', MISSING_CART],
    /^Get-PartnerCustomerCart: Cannot validate argument on parameter 'CustomerId'\. The argument "contoso" does not match the/],
  ['empty CartId', 'Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', ''],
    /^Submit-PartnerCustomerCart: Cannot bind argument to parameter 'CartId' because it is an empty string\.\n$/],
  ['extra positional argument', 'Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, 'extra'],
    /^Get-PartnerCustomerCart: A positional parameter cannot be found that accepts argument 'extra'\.\n$/],
  ['unknown billing cycle', 'Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-LineItems', `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=1; BillingCycle='Weekly'}`],
    /^Set-PartnerCustomerCart: Cannot validate argument on parameter 'LineItems'\. LineItems\[0\]\.BillingCycle must be one of/],
  ['malformed hashtable literal', 'Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-LineItem', "@{CatalogItemId='x'"],
    /^Add-PartnerCustomerCartLineItem: /],
  ['missing @file', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', '@does-not-exist.json'],
    /^New-PartnerCustomerCart: Cannot process argument transformation on parameter 'LineItems'\. Cannot read the file "does-not-exist\.json"/],
  ['empty stdin for -', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', '-'],
    /^New-PartnerCustomerCart: Cannot process argument transformation on parameter 'LineItems'\./],
  ['empty line-item array', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', '[]'],
    /^New-PartnerCustomerCart: Cannot bind argument to parameter 'LineItems' because it is an empty array\.\n$/],
  ['line item without Quantity', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', `@{CatalogItemId='${BUSINESS_BASIC}'; BillingCycle='Monthly'}`],
    /^New-PartnerCustomerCart: Cannot validate argument on parameter 'LineItems'\./],
  ['a parameter given twice', 'Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', MISSING_CART, '-CartId', MISSING_CART],
    /^Get-PartnerCustomerCart: Cannot bind parameter because parameter 'CartId' is specified more than once\./],
];

test('binding and validation errors: exit 2, one ConciseView line, nothing on stdout, nothing sent', async () => {
  const sandbox = await connectedSandbox();
  await newCart(sandbox);
  const before = requestLogText(sandbox.dataDir);
  const results = await Promise.all(BINDING_CASES.map(([, command, args]) => sandbox.run(command, args)));
  for (const [index, result] of results.entries()) {
    const [what, command, , pattern] = BINDING_CASES[index]!;
    expectFailure(result, 2, pattern, `${command} (${what})`);
    assert.is(result.stdout, '', what);
    assert.not.match(result.stderr, /\n\s+at /, `${what}: no stack trace`);
  }
  assert.is(requestLogText(sandbox.dataDir), before, 'a binding error sent a request');
});

test('an unknown command through pcsh: exit 2', async () => {
  const sandbox = createSandbox();
  const result = await sandbox.run('pcsh', ['New-PartnerCustomerKart', '-CustomerId', CUSTOMER]);
  expectFailure(result, 2, /New-PartnerCustomerKart/);
});

test.run();
