/**
 * Cart writes through the real commands when answers get lost or writers race, with the
 * emulator's ETags on (default) and off (PCSH_EMULATOR_ETAGS=off, as the documented service):
 * a retried PUT after a lost answer never applies twice, and concurrent Adds either both land or
 * one reports the conflict — nothing vanishes while its command says it succeeded.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { injectFaults } from '../../src/emulator/index.ts';
import {
  BASIC_LITERAL, BUSINESS_BASIC, CUSTOMER, RESERVED_VM, RESERVED_VM_LITERAL, connectedSandbox, newCart, requestLog, runAll, single, type Json,
} from './fixtures-carts/helpers.ts';
import type { CommandResult } from './run-command.ts';

const ETAGS_OFF = { PCSH_EMULATOR_ETAGS: 'off' };

for (const [label, env] of [['ETags on', {}], ['ETags off', ETAGS_OFF]] as const) {
  test(`${label}: Add- whose PUT answer is lost adds the item once (the retry sees it landed)`, async () => {
    const sandbox = await connectedSandbox(env);
    const cart = await newCart(sandbox);
    await injectFaults(sandbox.dataDir, [{ route: 'updateCart', kind: 'drop', when: 'after', times: 1 }]);
    const added = single(await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', RESERVED_VM_LITERAL]), 'Add');
    assert.equal(added.LineItems.map((l: Json) => l.CatalogItemId), [BUSINESS_BASIC, RESERVED_VM]);
    const read = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
    assert.equal(read.LineItems.map((l: Json) => [l.Id, l.CatalogItemId]), [[0, BUSINESS_BASIC], [1, RESERVED_VM]]);
    assert.ok(requestLog(sandbox.dataDir).some((e) => e.route === 'updateCart' && e.fault === 'drop'), 'the fault was taken');
  });

  test(`${label}: Set- whose PUT answer is lost ends with exactly the cart it set`, async () => {
    const sandbox = await connectedSandbox(env);
    const cart = await newCart(sandbox);
    await injectFaults(sandbox.dataDir, [{ route: 'updateCart', kind: 'drop', when: 'after', times: 1 }]);
    const set = single(await sandbox.run('Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItems', RESERVED_VM_LITERAL]), 'Set');
    assert.equal(set.LineItems.map((l: Json) => l.CatalogItemId), [RESERVED_VM]);
  });
}

/** Each Add either succeeded and its line is in the cart, or failed naming the conflict; never success with the line missing. */
function checkNothingVanished(results: CommandResult[], final: Json, quantities: number[]): void {
  const present = final.LineItems.filter((l: Json) => l.CatalogItemId === RESERVED_VM).map((l: Json) => l.Quantity);
  for (const [i, result] of results.entries()) {
    if (result.code === 0) {
      assert.ok(present.includes(quantities[i]), `Add ${i} exited 0 but its line (quantity ${quantities[i]}) is not in the cart`);
    } else {
      assert.match(result.stderr, /Another request changed the cart|being processed by another request|changed by another request/, `Add ${i}: ${result.stderr}`);
    }
  }
}

test('ETags off: two concurrent Adds (5 rounds) either both land or one reports the conflict', async () => {
  const sandbox = await connectedSandbox(ETAGS_OFF);
  for (let round = 0; round < 5; round++) {
    const cart = await newCart(sandbox, BASIC_LITERAL);
    const quantities = [round * 2 + 1, round * 2 + 2];
    const results: CommandResult[] = [];
    await runAll([0, 1], 2, async (i) => {
      const literal = RESERVED_VM_LITERAL.replace(/Quantity=\d+/, `Quantity=${quantities[i]}`);
      results[i] = await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', literal]);
    });
    const final = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
    checkNothingVanished(results, final, quantities);
    assert.is(new Set(final.LineItems.map((l: Json) => l.Id)).size, final.LineItems.length, 'line ids stay unique');
  }
});

test('ETags off: two concurrent Adds of the very same line both land (two lines), or one reports the conflict', async () => {
  const sandbox = await connectedSandbox(ETAGS_OFF);
  const cart = await newCart(sandbox, BASIC_LITERAL);
  const results: CommandResult[] = [];
  await runAll([0, 1], 2, async (i) => {
    results[i] = await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', RESERVED_VM_LITERAL]);
  });
  const final = single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]));
  const succeeded = results.filter((r) => r.code === 0).length;
  assert.is(final.LineItems.filter((l: Json) => l.CatalogItemId === RESERVED_VM).length, succeeded, results.map((r) => r.stderr).join('\n'));
});

test.run();
