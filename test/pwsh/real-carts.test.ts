/**
 * Issue 9, defect 2, and the seed examples, in real pwsh: two- and ten-item carts built with
 * New-Object and with hashtables (ids left at the default) are created and replaced with unique
 * in-order ids; the seed examples of ../shared/seeds run verbatim (apart from the seed's own
 * `$lineItem.Quantity 10` typo) against the emulator.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, CUSTOMER, describe, requirePwsh, root, runScript, type Sandbox } from './real/harness.ts';

const pwsh = requirePwsh('real-carts.test.ts');
const SEEDS = join(root, '..', 'shared', 'seeds');

/** The commands of a seed page's first example: its `PS C:\>` lines, prompt removed. */
export function seedExample(markdown: string): string {
  const block = /### Example 1\s*```powershell\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (block === undefined) throw new Error('the seed has no Example 1 code block');
  return block.split('\n').filter((line) => line.startsWith('PS C:\\>')).map((line) => line.replace(/^PS C:\\> ?/, '')).join('\n');
}

test('seedExample keeps the commands and drops the prompts', () => {
  assert.is(seedExample('### Example 1\n```powershell\nPS C:\\> $a = 1\nPS C:\\>\nPS C:\\> Get-X $a\n```\n'), '$a = 1\n\nGet-X $a');
  assert.throws(() => seedExample('no example'), /no Example 1/);
});

if (pwsh !== null) {
  for (const count of [2, 10]) {
    for (const kind of ['New-Object', 'Hashtable']) {
      test(`${count} line items made with ${kind}: New and Set give ids 0..${count - 1} in order`, async () => {
        const run = await runScript(pwsh, createSandbox(), 'carts.ps1', ['-Count', String(count), '-Kind', kind]);
        assert.is(run.results.length, 1, describe(run));
        const [r] = run.results;
        assert.equal(r.created, Array.from({ length: count }, (_, i) => [i, i + 1]));
        assert.equal(r.updated, Array.from({ length: count }, (_, i) => [i, 11 + i]));
        assert.equal(r.userIds, Array.from({ length: count }, () => (kind === 'Hashtable' ? false : 0)));
      });
    }
  }

  /** Makes the cart the Set seed names (65faf57b-…) in the sandbox's emulator state, from a cart the New seed made. */
  function adoptCart(sandbox: Sandbox, fromCartId: string, toCartId: string): void {
    const folder = join(sandbox.dir, 'data', 'carts', CUSTOMER);
    const stored = JSON.parse(readFileSync(join(folder, `${fromCartId}.json`), 'utf8'));
    stored.cart.id = toCartId;
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${toCartId}.json`), JSON.stringify(stored, null, 2));
  }

  test('the seed examples run verbatim: New-PartnerCustomerCart, then Set-PartnerCustomerCart on the cart it names', async () => {
    assert.ok(existsSync(SEEDS), `${SEEDS} is missing`);
    assert.equal(readdirSync(SEEDS).sort(), ['New-PartnerCustomerCart.seed.md', 'Set-PartnerCustomerCart.seed.md']);
    const sandbox = createSandbox();
    const newSeed = seedExample(readFileSync(join(SEEDS, 'New-PartnerCustomerCart.seed.md'), 'utf8'));
    writeFileSync(join(sandbox.dir, 'new-seed.ps1'), newSeed);
    const created = await runScript(pwsh, sandbox, 'run-seed.ps1', ['-Path', join(sandbox.dir, 'new-seed.ps1')]);
    assert.is(created.results.length, 1, describe(created));
    const cart = created.results[0];
    assert.is(cart.Type, 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart');
    assert.is(cart.Status, 'Active');
    assert.equal(cart.LineItems.map((l: any) => [l.Id, l.CatalogItemId, l.FriendlyName, l.Quantity, l.BillingCycle]), [[0, 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', 'Sample RI Purchase', 10, 'OneTime']]);
    assert.equal(cart.LineItems[0].ProvisioningContext, { duration: '1Year', scope: 'shared', subscriptionId: 'D526EF3A-35E6-477F-A64C-906F6177FBFA' });

    const setText = readFileSync(join(SEEDS, 'Set-PartnerCustomerCart.seed.md'), 'utf8');
    const setSeed = seedExample(setText);
    assert.match(setSeed, '$lineItem.Quantity 10', 'the seed still has its typo');
    const fixed = setSeed.replace('$lineItem.Quantity 10', '$lineItem.Quantity = 10');
    const cartId = /-CartId '([0-9a-f-]{36})'/.exec(fixed)![1]!;
    adoptCart(sandbox, cart.CartId, cartId);
    writeFileSync(join(sandbox.dir, 'set-seed.ps1'), fixed);
    const updated = await runScript(pwsh, sandbox, 'run-seed.ps1', ['-Path', join(sandbox.dir, 'set-seed.ps1')]);
    assert.is(updated.results.length, 1, describe(updated));
    const after = updated.results[0];
    assert.is(after.CartId, cartId);
    assert.equal(after.LineItems.map((l: any) => [l.Id, l.FriendlyName, l.Quantity]), [[0, 'My Purchase', 10]]);
    assert.equal(after.LineItems[0].ProvisioningContext, { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' });
    assert.not.match(updated.stderr, /\S/, updated.stderr);
  });
}

test.run();
