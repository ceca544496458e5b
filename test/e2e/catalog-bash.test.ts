/**
 * The catalog cmdlets as a bash user runs them: each page's ```bash examples run as written (in
 * order, as one `set -euo pipefail` script, the commands on PATH by their own names) against the
 * embedded emulator, including the whole way domain → customer → product → SKU → availability →
 * New-PartnerCustomerCart → Submit-PartnerCustomerCart; and a few process-boundary checks.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandFolder, root, runBash } from './run-command.ts';
import { CUSTOMER, connectedSandbox, jsonLines, requestLog, storedCartIds, type Json } from './fixtures-carts/helpers.ts';

const haveJq = spawnSync('jq', ['--version']).status === 0;
const bin = commandFolder();

function bashExamples(page: string): string {
  const text = readFileSync(join(root, 'help', `${page}.md`), 'utf8');
  return [...text.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].map((match) => match[1]!).join('\n');
}

async function runExamples(page: string) {
  const sandbox = await connectedSandbox();
  const cwd = mkdtempSync(join(tmpdir(), 'pcsh-e2e-cwd-'));
  const result = await runBash(`set -euo pipefail\n${bashExamples(page)}`, { bin, env: sandbox.env, cwd });
  assert.is(result.code, 0, `${page} examples failed (exit ${result.code}):\n${result.stderr}`);
  assert.is(result.stderr, '');
  return { sandbox, lines: result.stdout.split('\n').filter(Boolean) };
}

test('Get-PartnerCustomer prints JSON lines outside a terminal; a bad id is exit 2 with nothing sent', async () => {
  const sandbox = await connectedSandbox();
  const [customer] = jsonLines(await sandbox.run('Get-PartnerCustomer', [CUSTOMER]));
  assert.is(customer!.Domain, 'contoso.onmicrosoft.com');
  const before = requestLog(sandbox.dataDir).length;
  const bad = await sandbox.run('Get-PartnerCustomer', ['contoso']);
  assert.equal([bad.code, bad.stdout], [2, '']);
  assert.match(bad.stderr, /^Get-PartnerCustomer: Cannot validate argument on parameter 'CustomerId'/);
  assert.is(requestLog(sandbox.dataDir).length, before);
});

test('an unknown product is exit 1 with the 1000 refusal on stderr', async () => {
  const sandbox = await connectedSandbox();
  const result = await sandbox.run('Get-PartnerProductSku', ['-ProductId', 'NOPE00000000', '-CountryCode', 'US']);
  assert.equal([result.code, result.stdout], [1, '']);
  assert.match(result.stderr, /^Get-PartnerProductSku: Not found: product NOPE00000000 in country US\. \(1000, HTTP 404, request [0-9a-f-]{36}\)\n$/);
});

if (haveJq) {
  test('Get-PartnerProductAvailability examples: domain → customer → product → SKU → availability → cart → checkout', async () => {
    const { sandbox, lines } = await runExamples('Get-PartnerProductAvailability');
    const [cartId] = storedCartIds(sandbox.dataDir);
    const stored = JSON.parse(readFileSync(join(sandbox.dataDir, 'carts', CUSTOMER, `${cartId}.json`), 'utf8')) as Json;
    assert.is(stored.cart.status, 'Ordered');
    assert.equal(stored.cart.lineItems.map((l: Json) => [l.catalogItemId, l.quantity]), [['CFQ7TTC0LH18:0001:CFQ7TTC0K971', 5]]);
    assert.equal(lines, [stored.checkoutResult.orders[0].id, 'CFQ7TTC0LH18:0001:CFQ7TTC0K971\tGBP']);
    const routes = requestLog(sandbox.dataDir).map((entry) => entry.route);
    assert.equal(routes, [
      'listCustomers', 'listProducts', 'listProducts', 'listSkus', 'listAvailabilities', 'createCart', 'checkout', 'getAvailability',
    ]);
  });

  test('Get-PartnerCustomer examples: id from a domain, a name by position, every customer as a table', async () => {
    const { lines } = await runExamples('Get-PartnerCustomer');
    assert.equal(lines.slice(0, 2), [CUSTOMER, 'Contoso']);
    assert.is(lines.length, 2 + 5);
    assert.ok(lines.slice(2).every((line) => /^[0-9a-f-]{36}\t\S+\.onmicrosoft\.com$/.test(line)), lines.join('\n'));
  });

  test('Get-PartnerProduct and Get-PartnerProductSku examples run as written', async () => {
    const products = await runExamples('Get-PartnerProduct');
    assert.equal(products.lines.slice(0, 3), ['CFQ7TTC0LH18', 'Microsoft 365 Business Basic', 'Reserved Virtual Machine Instances, Dv3 series']);
    const skus = await runExamples('Get-PartnerProductSku');
    assert.is(skus.lines[0], '0001');
    assert.equal(JSON.parse(skus.lines.slice(1, -1).join('\n')).ProvisioningVariables, ['duration', 'scope', 'subscriptionId']);
  });
} else {
  test('jq is missing: the help examples that pipe into jq are not run', () => {
    assert.not.ok(haveJq);
  });
}

test.run();
