/**
 * The generated module in the real PowerShell engine (System.Management.Automation from NuGet,
 * hosted by test/pwsh/engine; pwsh itself is not installable here) against the REAL
 * `pcsh host --stdio`: test/pwsh/engine/run.sh real runs real.ps1 and prints `RESULT name=value`.
 * Optional: skipped, with the reason, when `dotnet` is not on PATH, when NuGet cannot restore
 * the engine package (no network), or when PCSH_ENGINE_TEST=0. Takes ~10 s with the NuGet cache
 * warm (plus the restore of System.Management.Automation on a cold machine).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './run-command.ts';
import { loadRuntimeRegistry } from '../../src/runtime/registry-access.ts';
import { syntaxLines } from '../../src/help/syntax.ts';

function engineResults(): { results: Map<string, string>; output: string } | { skip: string } {
  if (process.env.PCSH_ENGINE_TEST === '0') return { skip: 'PCSH_ENGINE_TEST=0' };
  if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) return { skip: 'dotnet is not on PATH' };
  const run = spawnSync('bash', [join(root, 'test/pwsh/engine/run.sh'), 'real'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  // NuGet errors NU1100–NU1301 (package or feed not reachable): the engine cannot be had here.
  if (run.status !== 0 && /error NU1[123]\d\d/.test(output)) return { skip: `NuGet could not restore the engine package: ${/error NU1\d+[^\n]*/.exec(output)![0]}` };
  const results = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = /^RESULT ([^=]+)=(.*)$/.exec(line);
    if (match) results.set(match[1]!, match[2]!);
  }
  return { results, output };
}

const engine = engineResults();

if ('skip' in engine) {
  console.log(`host-engine: skipped, ${engine.skip}.`);
  test.skip('the generated module in the PowerShell engine against the real pcsh host', () => {});
} else {
  const { results, output } = engine;
  const result = (name: string): string | undefined => results.get(name);
  const is = (name: string, expected: string) => assert.is(result(name), expected, `${name}\n${output}`);

  test('the engine ran the whole script', () => is('done', 'yes'));

  test('the seed examples run unchanged against the real host: New (ProvisioningContext.Add), Set, Add, Get, Submit', () => {
    is('connect', 'Emulator Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext');
    is('new type', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart');
    is('new status', 'Active');
    is('new item', 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB OneTime 10 b35d5324-df8e-4306-9023-6edac2d4896c');
    is('new item type', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem');
    is('new created', 'True');
    is('set', 'True');
    is('set quantity', '20'); // -LineItems $cart.LineItems: items read back (with OrderGroup) go back in
    is('set seed quantity', '10');
    is('add count', '2');
    is('get', 'True');
    is('get verbose http', 'True');
    is('submit type', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult');
    is('submit orders', '2');
    is('submit order fields', '$ UserPurchase New'); // PSOrder / PSOrderLineItem carry what the runtime emits
  });

  test('-Environment is the EnvironmentName enum: its type, completion, pwsh\'s conversion error, any casing', () => {
    is('environment type', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName');
    is('environment completion', 'AzureChinaCloud,AzureCloud,AzureGermanCloud,AzurePPE,AzureUSGovernment');
    is('environment bad', 'ParameterArgumentTransformationError,Connect-PartnerCenter True');
    is('connect any case', 'Emulator');
  });

  test('hashtable line items with a nested add-on and participants reach the emulator and come back', () => {
    is('nested status', 'Active');
    is('nested addon', '1 CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0 1 PSCartLineItem True'); // AddonItems=@{…}: one hashtable
    is('nested participant', '1 TransactionReseller 5357564'); // Participants=@(@{Key=…; Value=…})
    is('nested fetched', 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0 TransactionReseller 5357564');
    is('nested set', '3 2 TransactionReseller 5357564'); // AddonItems=@(@{…}), Participants=@{Key='transaction_reseller'; Value=<int>}
    is('nested round trip', 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0 5357564'); // -LineItems $cart.LineItems with the typed lists
    is('nested bad key', 'ParameterArgumentTransformationError,New-PartnerCustomerCart True'); // pwsh's enum conversion error for Key
  });

  test('$null line-item properties are unset through the module; a $null CatalogItemId is still refused', () => {
    is('nulls', 'Active DG7GMGF0DWTL:0001:DG7GMGF0DSJB True 56'); // TermDuration=$null ('' in pwsh) not sent; the emulator names the item
    is('nulls required', "ParameterArgumentValidationError,New-PartnerCustomerCart Cannot validate argument on parameter 'LineItems'. LineItems[0] is missing the required property CatalogItemId.");
  });

  test('-WhatIf sends nothing and writes no object; -Confirm:$false runs', () => {
    is('whatif output', '0');
    is('whatif requests', '0');
    is('set', 'True');
  });

  test('error records: $Error[0].FullyQualifiedErrorId, category, message; binding errors', () => {
    is('not found fqid', 'PartnerCenterError.800008,Get-PartnerCustomerCart');
    is('not found category', 'NotSpecified NotFound'); // Partner Center's category travels as CategoryInfo.Reason
    is('not found message', 'True');
    is('silently', 'terminating PartnerCenterError.800008,Get-PartnerCustomerCart');
    is('validation', 'ParameterArgumentValidationError,New-PartnerCustomerCart');
    // Objects before warnings: -WarningAction Stop stops the command after the cart was emitted.
    is('line warning', 'True');
    is('warning stop', 'ActionPreferenceStop,New-PartnerCustomerCart emitted=True');
  });

  test('200 calls through one persistent host, a dead host restarted, the host stopped on Remove-Module', () => {
    is('loop ok', '200');
    is('loop same host', 'True');
    is('restart', 'True');
    is('stopped on remove', 'True');
  });

  test('Get-Help reads the generated MAML', () => {
    is('help synopsis', 'Creates a cart of line items for a customer.');
    is('help examples', '3');
  });

  test('Get-Command -Syntax in the engine has the same parameters per set as our rendered SYNTAX', () => {
    // Known, deliberate differences in presentation: Get-Command writes type names as pwsh's
    // accelerators (<string>, not the help's <String>), never lists ValidateSet values, and puts
    // mandatory parameters before optional ones; our SYNTAX follows Get-Help (MAML order). An
    // enum-typed parameter (-Environment <EnvironmentName>) is a value list {AzureCloud | …} in ours.
    const registry = loadRuntimeRegistry(root);
    const exported = result('exported')!.split(',');
    const normalise = (line: string) =>
      line.replace(/<EnvironmentName>/g, '{EnvironmentName}').replace(/\{[^}]*\}/g, '<value list>').replace(/<([^>]+)>/g, (_, t: string) => `<${t.toLowerCase()}>`)
        .split(' ').sort().join(' ');
    for (const name of exported) {
      const cmdlet = registry.cmdlets.find((c) => c.name === name)!;
      const ours = syntaxLines(cmdlet).map(normalise).sort();
      // A ValidateSet [string] (-Catalog, -Segment) is <string> to Get-Command, a value list {Azure | …} to Get-Help.
      const valueListed = new Set(cmdlet.parameters.filter((p) => p.acceptedValues.length > 0).map((p) => p.name));
      const asValueList = (line: string) => line.replace(/-(\w+) <string>/g, (text, param: string) => (valueListed.has(param) ? `-${param} {${param}}` : text));
      const engines = result(`syntax ${name}`)!.split(' || ').map(asValueList).map(normalise).sort();
      assert.equal(engines, ours, name);
    }
  });
}

test.run();
