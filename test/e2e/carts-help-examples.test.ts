/**
 * The ```bash examples of the cart cmdlets' help pages run as written: each page's blocks, in
 * order, as one bash script (so `$cart_id` carries over), with the commands on PATH by their own
 * names as `npm install -g .` puts them, against the embedded emulator.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandFolder, root, runBash, type CommandResult } from './run-command.ts';
import {
  BUSINESS_BASIC, CUSTOMER, PROVISIONING, RESERVED_VM, connectedSandbox, requestLog, storedCartIds, type Json,
} from './fixtures-carts/helpers.ts';

const haveJq = spawnSync('jq', ['--version']).status === 0;

const bin = commandFolder();

export function bashBlocks(page: string): string[] {
  const text = readFileSync(join(root, 'help', `${page}.md`), 'utf8');
  return [...text.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

function runBashStrict(script: string, env: Record<string, string>, cwd: string): Promise<CommandResult> {
  return runBash(`set -euo pipefail\n${script}`, { bin, env, cwd });
}

async function runPage(page: string) {
  const sandbox = await connectedSandbox();
  const blocks = bashBlocks(page);
  assert.ok(blocks.length >= 1, `${page} has no bash examples`);
  const cwd = mkdtempSync(join(tmpdir(), 'pcsh-e2e-cwd-'));
  const result = await runBashStrict(blocks.join('\n'), sandbox.env, cwd);
  assert.is(result.code, 0, `${page} examples failed (exit ${result.code}):\n${result.stderr}`);
  const cart = (id: string): Json => JSON.parse(readFileSync(join(sandbox.dataDir, 'carts', CUSTOMER, `${id}.json`), 'utf8')).cart;
  return { sandbox, result, cwd, cart, blocks };
}

test('the examples use the seed\'s catalog item and the emulator knows every catalog item they name', () => {
  const pages = ['New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem', 'Get-PartnerCustomerCart', 'Submit-PartnerCustomerCart'];
  const all = pages.flatMap(bashBlocks).join('\n');
  assert.ok(all.includes(RESERVED_VM));
  assert.ok(all.includes("BillingCycle='OneTime'"));
  assert.ok(all.includes("ProvisioningContext=@{duration='1Year'; scope='shared'; subscriptionId="));
  const ids = new Set([...all.matchAll(/[A-Z0-9]{12}:\d{4}:[A-Z0-9]{12}/g)].map((m) => m[0]));
  assert.equal([...ids].sort(), [BUSINESS_BASIC, RESERVED_VM].sort());
});

test('New-PartnerCustomerCart examples: hashtable literal, JSON, @items.json, indirect reseller with attestation', async () => {
  const { sandbox, result, cart } = await runPage('New-PartnerCustomerCart');
  const printed = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Json);
  assert.is(printed.length, 4, result.stdout);
  const ids = storedCartIds(sandbox.dataDir);
  assert.is(ids.length, 4);
  assert.equal(printed.map((c) => c.CartId).sort(), ids.sort());
  for (const [index, created] of printed.slice(0, 2).entries()) {
    const line = created.LineItems[0];
    assert.is(line.CatalogItemId, RESERVED_VM, `example ${index + 2}`);
    assert.is(line.Quantity, 10);
    assert.is(line.BillingCycle, 'OneTime');
    assert.equal(line.ProvisioningContext, PROVISIONING);
    assert.is(line.Error, undefined, JSON.stringify(line.Error));
    assert.equal(cart(created.CartId).lineItems[0].provisioningContext, PROVISIONING);
  }
  const fromFile = printed[2]!.LineItems[0];
  assert.equal([fromFile.CatalogItemId, fromFile.Quantity, fromFile.BillingCycle, fromFile.TermDuration], [BUSINESS_BASIC, 5, 'Monthly', 'P1M']);
  const indirect = printed[3]!;
  assert.is(indirect.PartnerOnRecordAttestationAccepted, true);
  assert.equal(indirect.LineItems[0].Participants, [{ Key: 'TransactionReseller', Value: '5357564' }]);
  assert.is(cart(indirect.CartId).partnerOnRecordAttestationAccepted, true);
  assert.is(result.stderr, '');
});

if (haveJq) {
  test('Set-PartnerCustomerCart examples: the cart ends with the @items.json line items', async () => {
    const { sandbox, result, cart } = await runPage('Set-PartnerCustomerCart');
    const [id] = storedCartIds(sandbox.dataDir);
    const lines = cart(id!).lineItems;
    assert.is(lines.length, 1);
    assert.equal([lines[0].quantity, lines[0].termDuration, lines[0].billingCycle], [30, 'P1Y', 'monthly']);
    const printed = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Json);
    assert.equal(printed.map((c) => c.LineItems[0].Quantity), [25, 25, 30]);
    assert.is(printed[0]!.LineItems[0].FriendlyName, 'Business Basic seats');
    assert.equal(requestLog(sandbox.dataDir).map((e) => e.method), ['POST', 'GET', 'PUT', 'GET', 'PUT', 'GET', 'PUT']);
  });

  test('Add-PartnerCustomerCartLineItem examples: two appended reserved instances', async () => {
    const { sandbox, cart } = await runPage('Add-PartnerCustomerCartLineItem');
    const [id] = storedCartIds(sandbox.dataDir);
    const lines = cart(id!).lineItems;
    assert.equal(lines.map((l: Json) => [l.id, l.catalogItemId]), [[0, BUSINESS_BASIC], [1, RESERVED_VM], [2, RESERVED_VM]]);
    for (const line of lines.slice(1)) {
      assert.equal(line.provisioningContext, PROVISIONING);
      assert.is(line.billingCycle, 'one_time');
      assert.is(line.error, undefined);
    }
  });

  test('Get-PartnerCustomerCart examples: the cart, then the jq projection', async () => {
    const { sandbox, result } = await runPage('Get-PartnerCustomerCart');
    const [id] = storedCartIds(sandbox.dataDir);
    const [firstLine, ...rest] = result.stdout.split('\n');
    assert.is(JSON.parse(firstLine!).CartId, id);
    assert.equal(JSON.parse(rest.join('\n')), { CatalogItemId: BUSINESS_BASIC, Quantity: 5, BillingCycle: 'Monthly', TermDuration: 'P1M' });
  });

  test('Submit-PartnerCustomerCart examples: the checkout result, then What if (no second checkout)', async () => {
    const { sandbox, result, cart } = await runPage('Submit-PartnerCustomerCart');
    const [id] = storedCartIds(sandbox.dataDir);
    const checkout = JSON.parse(result.stdout.trim()) as Json;
    assert.is(checkout.Orders.length, 1);
    assert.equal(checkout.OrderErrors, []);
    assert.is(cart(id!).status, 'Ordered');
    assert.is(result.stderr, `What if: Performing the operation "Submit-PartnerCustomerCart" on target "Checks out the cart with the identifier of ${id}.".\n`);
    assert.equal(requestLog(sandbox.dataDir).map((e) => e.route), ['createCart', 'checkout']);
  });
} else {
  test('jq is missing: the examples that pipe into jq are not run', () => {
    assert.ok(existsSync(join(root, 'help')));
  });
}

test.run();
