/**
 * Retries under injected faults, through the spawned commands against a standalone emulator
 * started in this process (PCSH_ENDPOINT = its URL, connected with -Environment Emulator):
 * 429 with Retry-After and 503 are retried with the same MS-RequestId and make exactly one cart;
 * a lost answer is replayed (idempotency); 400 is never retried; a bounded number of attempts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startEmulator, injectFaults, type RunningEmulator } from '../../src/emulator/index.ts';
import { createSandbox, type Sandbox } from './run-command.ts';
import {
  BASIC_LITERAL, CUSTOMER, RESERVED_VM_LITERAL, expectFailure, requestLog, single, storedCartIds, type Json,
} from './fixtures-carts/helpers.ts';

let emulator: RunningEmulator;
let sandbox: Sandbox;

test.before(async () => {
  sandbox = createSandbox();
  emulator = await startEmulator({ port: 0, dataDir: sandbox.dataDir });
  assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  sandbox.env.PCSH_ENDPOINT = emulator.url;
  // the embedded emulator must not be used: give it a folder of its own, which must stay empty
  sandbox.env.PCSH_EMULATOR_DATA = `${sandbox.dataDir}-unused`;
  const connect = await sandbox.run('Connect-PartnerCenter', ['-Environment', 'Emulator']);
  assert.is(connect.code, 0, connect.stderr);
});

test.after(async () => {
  await emulator.close();
});

function newEntries(from: number) {
  return requestLog(sandbox.dataDir).slice(from);
}

test('New- under 429 (Retry-After: 1) then 503: succeeds, exactly one cart, a new MS-RequestId after the 429 and the same after the 503, -Verbose tells the attempts and waits', async () => {
  const before = storedCartIds(sandbox.dataDir).length;
  const start = requestLog(sandbox.dataDir).length;
  await injectFaults(sandbox.dataDir, [
    { route: 'createCart', kind: 'throttle', retryAfter: 1, times: 1 },
    { route: 'createCart', kind: 'status', status: 503, times: 1 },
  ]);
  const result = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', RESERVED_VM_LITERAL, '-Verbose']);
  const cart = single(result, 'New under faults');
  assert.equal(storedCartIds(sandbox.dataDir).length, before + 1);
  assert.ok(storedCartIds(sandbox.dataDir).includes(cart.CartId));

  const entries = newEntries(start);
  assert.equal(entries.map((e) => `${e.route} ${e.status}${e.fault ? ` ${e.fault}` : ''}`).map((s) => s.replace(/ (throttle|status).*$/, ' $1')), [
    'createCart 429 throttle', 'createCart 503 status', 'createCart 201',
  ]);
  // a 429 was answered (nothing applied): new id; a 503 may have been applied: same id
  assert.is.not(entries[0]!.requestId, entries[1]!.requestId, 'a new MS-RequestId after the 429');
  assert.is(entries[1]!.requestId, entries[2]!.requestId, 'the same MS-RequestId after the 503');
  assert.is(new Set(entries.map((e) => e.correlationId)).size, 1);

  const verbose = result.stderr;
  const url = `${emulator.url}/v1/customers/${CUSTOMER}/carts`;
  const attempt = (n: number, outcome: string) =>
    new RegExp(`^VERBOSE: POST ${url.replace(/[.]/g, '\\.')} → ${outcome} in \\d+ ms \\(attempt ${n} of 4, request ${entries[n - 1]!.requestId}\\)$`, 'm');
  assert.match(verbose, attempt(1, 'HTTP 429'));
  assert.match(verbose, /^VERBOSE: Waiting 1000 ms \(Retry-After 1000 ms\) before attempt 2 of 4$/m);
  assert.match(verbose, attempt(2, 'HTTP 503'));
  assert.match(verbose, /^VERBOSE: Waiting \d+ ms \(backoff\) before attempt 3 of 4$/m);
  assert.match(verbose, attempt(3, 'HTTP 201'));
  assert.match(verbose, new RegExp(`^VERBOSE: MS-CorrelationId: ${entries[0]!.correlationId}$`, 'm'));
  assert.not.match(verbose, /Embedded Partner Center emulator/, 'PCSH_ENDPOINT wins over the embedded emulator');
  assert.is(requestLog(`${sandbox.dataDir}-unused`).length, 0);
});

test('a lost answer (connection dropped after the cart was made) is retried with the same MS-RequestId: one cart, the first answer replayed', async () => {
  const before = storedCartIds(sandbox.dataDir).length;
  const start = requestLog(sandbox.dataDir).length;
  await injectFaults(sandbox.dataDir, [{ route: 'createCart', kind: 'drop', when: 'after', times: 1 }]);
  const result = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Verbose']);
  const cart = single(result, 'New with a dropped answer');
  assert.is(storedCartIds(sandbox.dataDir).length, before + 1, 'no second cart');
  const entries = newEntries(start);
  assert.is(entries.length, 2);
  assert.is(entries[0]!.requestId, entries[1]!.requestId);
  assert.is(entries[1]!.replayed, true);
  assert.match(result.stderr, /→ network error: .* \(attempt 1 of 4/);
  const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
  assert.equal(read, cart);
});

test('Set- and Submit- retry their PUT and checkout under 503/429: one update, one set of orders', async () => {
  const cart = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL]));
  const args = ['-CustomerId', CUSTOMER, '-CartId', cart.CartId];
  const start = requestLog(sandbox.dataDir).length;
  await injectFaults(sandbox.dataDir, [
    { route: 'updateCart', kind: 'status', status: 503, times: 1 },
    { route: 'checkout', kind: 'drop', when: 'after', times: 1 },
  ]);
  const set = single(await sandbox.run('Set-PartnerCustomerCart', [...args, '-LineItems', RESERVED_VM_LITERAL]), 'Set under 503');
  assert.is(set.LineItems[0].BillingCycle, 'OneTime');
  const submitted = single(await sandbox.run('Submit-PartnerCustomerCart', args), 'Submit with a dropped answer');
  assert.is(submitted.Orders.length, 1);
  const entries = newEntries(start);
  const puts = entries.filter((e) => e.route === 'updateCart');
  assert.equal(puts.map((e) => e.status), [503, 200]);
  assert.is(puts[0]!.requestId, puts[1]!.requestId);
  const checkouts = entries.filter((e) => e.route === 'checkout');
  assert.is(checkouts.length, 2);
  assert.is(checkouts[0]!.requestId, checkouts[1]!.requestId);
  const orders = await fetch(`${emulator.url}/v1/customers/${CUSTOMER}/orders`, { headers: { Authorization: 'Bearer test' } }).then((r) => r.json()) as Json;
  const mine = (orders.items as Json[]).filter((order) => order.lineItems.some((line: Json) => line.offerId?.startsWith('DG7GMGF0DWTL')));
  assert.is(mine.length, 1, 'one order, not two');
});

test('400 is not retried: one request, exit 1', async () => {
  const start = requestLog(sandbox.dataDir).length;
  await injectFaults(sandbox.dataDir, [{ route: 'createCart', kind: 'status', status: 400, code: 800002, description: 'Invalid request input.', times: 1 }]);
  const result = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Verbose']);
  expectFailure(result, 1, /^New-PartnerCustomerCart: Invalid request input\. \(800002, HTTP 400, request [0-9a-f-]{36}\)$/m);
  assert.is(newEntries(start).length, 1);
  assert.not.match(result.stderr, /Waiting/);
  assert.not.match(result.stderr, /attempt 2/);
});

test('503 on every attempt: gives up after 4 attempts, exit 1, the attempts counted in the error; no cart', async () => {
  const before = storedCartIds(sandbox.dataDir).length;
  const start = requestLog(sandbox.dataDir).length;
  await injectFaults(sandbox.dataDir, [{ route: 'createCart', kind: 'status', status: 503, times: 4 }]);
  const result = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL]);
  expectFailure(result, 1, /^New-PartnerCustomerCart: .*\(800003, HTTP 503, request [0-9a-f-]{36}, 4 attempts\)\n$/);
  const entries = newEntries(start);
  assert.is(entries.length, 4);
  assert.is(new Set(entries.map((e) => e.requestId)).size, 1);
  assert.is(storedCartIds(sandbox.dataDir).length, before);
});

test.run();
