/**
 * 50 concurrent New-PartnerCustomerCart processes, each with its own embedded emulator, on one
 * emulator state folder: all exit 0, exactly 50 carts, each readable; then 20 concurrent
 * Add- on one cart lose no line item (ETag / If-Match re-read, conflicts backing off with jitter).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  BASIC_LITERAL, CUSTOMER, RESERVED_VM_LITERAL, connectedSandbox, newCart, requestLog, runAll, single, storedCartIds, type Json,
} from './fixtures-carts/helpers.ts';
import type { CommandResult } from './run-command.ts';

const PROCESSES = 50;
const PARALLEL = 25;

test(`${PROCESSES} concurrent New-PartnerCustomerCart processes on one data folder make exactly ${PROCESSES} carts`, async () => {
  const sandbox = await connectedSandbox();
  const results: CommandResult[] = [];
  await runAll(Array.from({ length: PROCESSES }, (_, i) => i), PARALLEL, async (i) => {
    results[i] = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems',
      `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=${i + 1}; BillingCycle='Monthly'; TermDuration='P1M'}`]);
  });
  const carts = results.map((result, i) => single(result, `process ${i}`));
  const ids = carts.map((cart) => cart.CartId as string);
  assert.is(new Set(ids).size, PROCESSES, 'distinct cart ids');
  assert.equal(storedCartIds(sandbox.dataDir).sort(), [...ids].sort());
  assert.equal(carts.map((cart) => cart.LineItems[0].Quantity), Array.from({ length: PROCESSES }, (_, i) => i + 1));
  const log = requestLog(sandbox.dataDir);
  assert.is(log.length, PROCESSES, 'one request per process, each logged whole');
  assert.ok(log.every((entry) => entry.route === 'createCart' && entry.status === 201));

  // every cart reads back as it was answered (a sample of 5, to keep the run short)
  for (const index of [0, 12, 25, 37, 49]) {
    const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', ids[index]!]));
    assert.equal(read, carts[index]);
  }
});

test('20 concurrent Add-PartnerCustomerCartLineItem on one cart: all 20 appended, ids 1..20', async () => {
  const sandbox = await connectedSandbox();
  const cart = await newCart(sandbox, BASIC_LITERAL);
  const results: CommandResult[] = [];
  await runAll(Array.from({ length: 20 }, (_, i) => i), 20, async (i) => {
    results[i] = await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', RESERVED_VM_LITERAL]);
  });
  for (const [i, result] of results.entries()) assert.is(result.code, 0, `Add ${i}: ${result.stderr}`);
  const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
  assert.equal(read.LineItems.map((item: Json) => item.Id), Array.from({ length: 21 }, (_, i) => i));
  assert.ok(read.LineItems.slice(1).every((item: Json) => item.ProvisioningContext.subscriptionId === 'c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75'));
});

test.run();
