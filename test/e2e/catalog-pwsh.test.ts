/**
 * The catalog cmdlets in a real pwsh (7.6.9; CI installs it with `dotnet tool install --global
 * PowerShell --version 7.6.9`) through the generated module: the help's PowerShell way from a
 * domain name and a product title to a submitted cart, `$lineItem.CatalogItemId =
 * $a.CatalogItemId`, the original output types (compiled classes), and the error records a script catches.
 * The script is fixtures-catalog/catalog-flow.ps1. Without pwsh (or with PCSH_PWSH_TEST=0) the
 * test says that it did not run.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, root, spawnCollect } from './run-command.ts';

function findPwsh(): string | undefined {
  if (process.env.PCSH_PWSH_TEST === '0') return undefined;
  const candidates = [join(homedir(), '.dotnet', 'tools', 'pwsh'), ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'pwsh'))];
  return candidates.find((path) => existsSync(path));
}

const pwsh = findPwsh();
const NOT_FOUND = "^Not found: product NOPE00000000 in country US\\. \\(1000, HTTP 404, request [0-9a-f-]{36}\\)$";

if (pwsh) {
  test('real pwsh: domain → customer → product → SKU → availability → cart → checkout, types and error records', async () => {
    const sandbox = createSandbox({ DOTNET_CLI_TELEMETRY_OPTOUT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1' });
    const script = join(root, 'test/e2e/fixtures-catalog/catalog-flow.ps1');
    const result = await spawnCollect(pwsh, ['-NoProfile', '-NonInteractive', '-File', script, '-ModulePath', join(root, 'dist/pwsh/PartnerCenter')], {
      env: sandbox.env,
    });
    assert.is(result.code, 0, result.stderr);
    const facts = JSON.parse(result.stdout) as Record<string, any>;
    const models = 'Microsoft.Store.PartnerCenter.PowerShell.Models';
    assert.equal(
      [facts.customerType, facts.productType, facts.skuType, facts.availabilityType],
      [`${models}.Customers.PSCustomer`, `${models}.Products.PSProduct`, `${models}.Products.PSSku`, `${models}.Products.PSProductAvailability`],
    );
    assert.equal([facts.customerClass, facts.availabilityKind], [`${models}.Customers.PSCustomer`, `${models}.Products.PSProductAvailability`]);
    assert.equal([facts.relationship, facts.skuCycles], ['Reseller', ['Monthly', 'Annual']]);
    assert.is(facts.customerId, '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08');
    assert.is(facts.catalogItemId, 'CFQ7TTC0LH18:0001:CFQ7TTC0K971');
    assert.is(facts.cartStatus, 'Ordered');
    assert.equal(facts.orderedOffers, ['CFQ7TTC0LH18:0001:CFQ7TTC0K971']);
    assert.is(facts.customerCount, 5);
    assert.is(facts.unknownProduct.id, 'PartnerCenterError.1000,Get-PartnerProduct');
    assert.match(facts.unknownProduct.message, new RegExp(NOT_FOUND));
    assert.is(facts.unknownCustomer.id, 'PartnerCenterError.20002,Get-PartnerCustomer');
    assert.is(facts.badCountry.id, 'PartnerCenterError.2030,Get-PartnerProduct');
    assert.equal([facts.badCustomerId.id, facts.badCustomerId.category], ['ParameterArgumentValidationError,Get-PartnerCustomer', 'InvalidData']);
  });
} else {
  test('pwsh is not installed (or PCSH_PWSH_TEST=0): the real-pwsh catalog test did not run', () => {
    console.log('catalog-pwsh: NOT RUN — no pwsh found (install it: dotnet tool install --global PowerShell --version 7.6.9)');
    assert.is(pwsh, undefined);
  });
}

test.run();
