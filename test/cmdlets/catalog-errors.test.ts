/**
 * Errors of the catalog cmdlets, in-process through dispatch() on the embedded emulator: Partner
 * Center's refusals with their codes (exit 1, nothing on stdout), binding errors (exit 2, nothing
 * sent), retries while paging, and no connection.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { injectFaults } from '../../src/emulator/index.ts';
import { catalogSandbox, objectsOf } from './catalog-fixture.ts';
import type { CatalogSandbox, Run } from './catalog-fixture.ts';

let box: CatalogSandbox;
test.before(async () => {
  box = await catalogSandbox();
});

/** `<Cmdlet>: <text> (<code>, HTTP <status>, request <id>)`, exit 1, nothing on stdout. */
function expectRefusal(result: Run, command: string, code: number, status: number, text: RegExp): void {
  assert.is(result.code, 1, result.stderr);
  assert.is(result.stdout, '');
  const match = new RegExp(`^${command}: (.*) \\(${code}, HTTP ${status}, request [0-9a-f-]{36}\\)\\n$`).exec(result.stderr);
  assert.ok(match, `unexpected error text: ${result.stderr}`);
  assert.match(match![1]!, text);
}

const SKU_0001 = ['-ProductId', 'CFQ7TTC0LH18', '-SkuId', '0001'];
const refusals: [string, string[], number, number, RegExp][] = [
  ['Get-PartnerCustomer', ['-CustomerId', '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'], 20002, 403,
    /^Access denied: This partner has no commerce relationship with the customer 0b1c2d3e/],
  ['Get-PartnerProduct', ['-ProductId', 'NOPE00000000'], 1000, 404, /^Not found: product NOPE00000000 in country US\.$/],
  ['Get-PartnerProductSku', ['-ProductId', 'NOPE00000000'], 1000, 404, /^Not found: product NOPE00000000/],
  ['Get-PartnerProductSku', ['-ProductId', 'CFQ7TTC0LH18', '-SkuId', '0009'], 1000, 404, /^Not found: SKU 0009 of product CFQ7TTC0LH18/],
  ['Get-PartnerProductAvailability', [...SKU_0001, '-AvailabilityId', 'ZZZZ'], 1000, 404, /^Not found: availability ZZZZ/],
  ['Get-PartnerProduct', ['-Catalog', 'OnlineServices', '-CountryCode', 'XX'], 2030, 403, /^Access denied: Partner is not onboarded to sell in country XX\.$/],
  ['Get-PartnerProductAvailability', [...SKU_0001, '-CountryCode', 'USA'], 800002, 400, /the country 'USA' is not a two-letter ISO 3166 code/],
];

for (const [command, args, code, status, text] of refusals) {
  test(`${command} ${args.join(' ')}: ${code}, HTTP ${status}, exit 1`, async () => {
    expectRefusal(await box.run(command, ...args), command, code, status, text);
  });
}

test('binding and validation errors: exit 2, one PowerShell-style line, no request sent', async () => {
  const calls: [string, string[], RegExp][] = [
    ['Get-PartnerCustomer', ['not-a-guid'], /^Get-PartnerCustomer: Cannot validate argument on parameter 'CustomerId'\. The argument "not-a-guid"/],
    ['Get-PartnerCustomer', ['-Domain', ''], /^Get-PartnerCustomer: Cannot bind argument to parameter 'Domain' because it is an empty string/],
    ['Get-PartnerProduct', ['-Catalog', 'Office'], /^Get-PartnerProduct: Cannot validate argument on parameter 'Catalog'\. The argument "Office" does/],
    ['Get-PartnerProduct', ['-ProductId', 'X', '-Catalog', 'OnlineServices'], /^Get-PartnerProduct: Parameter set cannot be resolved/],
    ['Get-PartnerProductAvailability', ['-ProductId', 'X'], /^Get-PartnerProductAvailability: .* missing mandatory parameters: SkuId\.$/m],
  ];
  const before = box.requests().length;
  for (const [command, args, pattern] of calls) {
    const result = await box.run(command, ...args);
    assert.is(result.code, 2, `${command} ${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, pattern);
    assert.is(result.stdout, '');
  }
  assert.is(box.requests().length, before);
});

test('a throttled page is retried (a new request id: a 429 applied nothing) and the listing still reaches the end', async () => {
  await injectFaults(box.dataDir, [{ route: 'listCustomers', kind: 'throttle', retryAfter: 0, times: 1 }]);
  const before = box.requests().length;
  const customers = objectsOf(await box.run('Get-PartnerCustomer'), 'Get-PartnerCustomer');
  assert.is(customers.length, 5);
  const sent = box.requests().slice(before);
  assert.equal(sent.map((entry) => entry.status), [429, 200, 200, 200]);
  assert.is.not(sent[0]!.requestId, sent[1]!.requestId);
  assert.is(new Set(sent.map((entry) => entry.requestId)).size, 4);
});

test('not connected: exit 1 naming Connect-PartnerCenter', async () => {
  const other = await catalogSandbox();
  assert.is((await other.run('Disconnect-PartnerCenter')).code, 0);
  const result = await other.run('Get-PartnerProduct', '-Catalog', 'OnlineServices');
  assert.is(result.code, 1);
  assert.match(result.stderr, /^Get-PartnerProduct: Unable to find a connection to Partner Center\. Run Connect-PartnerCenter/);
});

test.run();
