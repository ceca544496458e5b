import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatePwshModule, exportedCmdlets } from '../../src/pwsh/generate-module.ts';
import { renderFunction } from '../../src/pwsh/function-def.ts';
import { renderMaml } from '../../src/pwsh/maml.ts';
import { psString } from '../../src/pwsh/ps-literal.ts';
import type { Registry } from '../../src/registry/model.ts';
import { cmdletOf, realRegistry } from './registry-fixture.ts';
import { loadPowerShellParser, syntaxErrors } from './ps-grammar.ts';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const OPTIONS = { version: '0.1.0', moduleName: 'PartnerCenter' };
const registry = realRegistry();
const files = generatePwshModule(registry, OPTIONS);

function golden(name: string, actual: string): void {
  const path = GOLDEN + name;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  assert.fixture(actual, readFileSync(path, 'utf8'), name);
}

test('the module folder has the manifest, root module, types and MAML help', () => {
  assert.equal([...files.keys()].sort(), ['PartnerCenter.Types.ps1', 'PartnerCenter.psd1', 'PartnerCenter.psm1', 'en-US/PartnerCenter-help.xml']);
});

test('golden: manifest', () => golden('PartnerCenter.psd1', files.get('PartnerCenter.psd1')!));
test('golden: New-PartnerCustomerCart function', () => golden('New-PartnerCustomerCart.ps1', renderFunction(cmdletOf(registry, 'New-PartnerCustomerCart'), 'PartnerCenter-help.xml')));
test('golden: Connect-PartnerCenter function (five sets)', () => golden('Connect-PartnerCenter.ps1', renderFunction(cmdletOf(registry, 'Connect-PartnerCenter'), 'PartnerCenter-help.xml')));
test('golden: Get-PartnerCustomer function (a position, a default set)', () =>
  golden('Get-PartnerCustomer.ps1', renderFunction(cmdletOf(registry, 'Get-PartnerCustomer'), 'PartnerCenter-help.xml')));
test('golden: New-PartnerCustomerCart MAML', () => golden('New-PartnerCustomerCart.xml', renderMaml([cmdletOf(registry, 'New-PartnerCustomerCart')])));
test('golden: Connect-PartnerCenter MAML', () => golden('Connect-PartnerCenter.xml', renderMaml([cmdletOf(registry, 'Connect-PartnerCenter')])));

test('reproducible: two runs are byte-equal, and a copy of the registry gives the same bytes', () => {
  const again = generatePwshModule(structuredClone(registry), OPTIONS);
  assert.equal([...again.entries()], [...files.entries()]);
  for (const content of files.values()) assert.not.match(content, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
});

test('FunctionsToExport lists the registry cmdlets except the pwsh built-ins, explicitly', () => {
  const psd1 = files.get('PartnerCenter.psd1')!;
  const block = /FunctionsToExport = @\(([\s\S]*?)\)/.exec(psd1)![1]!;
  const listed = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const expected = registry.cmdlets.map((c) => c.name).filter((n) => n !== 'Get-Help' && n !== 'Get-Command').sort();
  assert.equal(listed, expected);
  assert.not.match(psd1, /\*/);
  assert.match(psd1, /CmdletsToExport = @\(\)/);
  assert.match(psd1, /AliasesToExport = @\(\)/);
  assert.match(psd1, /PowerShellVersion = '7\.2'/);
  assert.match(psd1, new RegExp(`GUID = '${registry.module!.guid}'`));
  assert.match(files.get('PartnerCenter.psm1')!, new RegExp(`Export-ModuleMember -Function ${expected.map((n) => `'${n}'`).join(', ')}`));
});

test('every exported function points Get-Help at the MAML file and calls the one generic body', () => {
  const psm1 = files.get('PartnerCenter.psm1')!;
  for (const cmdlet of exportedCmdlets(registry)) {
    const start = psm1.indexOf(`function ${cmdlet.name} {`);
    assert.ok(start >= 0, cmdlet.name);
    const body = psm1.slice(start, psm1.indexOf('\n}\n', start));
    assert.match(body, '.EXTERNALHELP PartnerCenter-help.xml');
    assert.match(body, 'Invoke-PcshCommand -Command $command -Cmdlet $PSCmdlet -BoundParameters $PSBoundParameters');
    assert.match(body, 'PositionalBinding = $false');
    assert.is(body.includes('SupportsShouldProcess = $true'), cmdlet.supportsShouldProcess, cmdlet.name);
  }
  assert.not.match(psm1, /function Get-Help|function Get-Command/);
});

test('grammar: the psm1, psd1 and types script parse with zero ERROR nodes', async () => {
  const parser = await loadPowerShellParser();
  for (const name of ['PartnerCenter.psm1', 'PartnerCenter.psd1', 'PartnerCenter.Types.ps1']) {
    assert.equal(syntaxErrors(parser, files.get(name)!), [], name);
  }
  assert.ok(syntaxErrors(parser, 'function f {\n  param(\n}\n').length > 0, 'the checker sees errors');
});

function quoteRegistry(): Registry {
  const copy = structuredClone(registry);
  const cmdlet = copy.cmdlets.find((c) => c.name === 'Connect-PartnerCenter')!;
  cmdlet.synopsis = "Signs in to the partner's tenant ‘quoted’.";
  cmdlet.description = "It's a ‚test‛ & <b>bold</b>.";
  cmdlet.shouldProcessTarget = "Connects to O'Brien’s Partner Center ({Environment}).";
  const environment = cmdlet.parameters.find((p) => p.name === 'Environment')!;
  environment.type = 'String'; // an EnvironmentName parameter has no ValidateSet (the enum is its set)
  environment.acceptedValues = ["Azure'Cloud", 'Emulator’s'];
  environment.defaultValue = "Azure'Cloud";
  const tenant = cmdlet.parameters.find((p) => p.name === 'Tenant')!;
  tenant.aliases = ["Dom'ain", 'TenantId'];
  tenant.validation = { pattern: "^[a-z']+$" };
  copy.module!.description = "The module's ‘own’ text.";
  return copy;
}

test('every single quote (ASCII and typographic) in every literal is escaped', async () => {
  const quoted = generatePwshModule(quoteRegistry(), OPTIONS);
  const psm1 = quoted.get('PartnerCenter.psm1')!;
  const psd1 = quoted.get('PartnerCenter.psd1')!;
  for (const literal of [psString("Connects to O'Brien’s Partner Center ({Environment})."), "'Azure''Cloud', 'Emulator’’s'", "'Dom''ain', 'TenantId'", "'^[a-z'']+$'"]) {
    assert.ok(psm1.includes(literal), literal);
  }
  assert.ok(psd1.includes("'The module''s ‘‘own’’ text.'"));
  assert.is(psString("a'b‘c’d‚e‛f"), "'a''b‘‘c’’d‚‚e‛‛f'");
  const parser = await loadPowerShellParser();
  assert.equal(syntaxErrors(parser, psm1), []);
  assert.equal(syntaxErrors(parser, psd1), []);
  const maml = quoted.get('en-US/PartnerCenter-help.xml')!;
  assert.match(maml, 'It&apos;s a ‚test‛ &amp; &lt;b&gt;bold&lt;/b&gt;.');
});

test('module name and version options are honoured; a pre-release goes to PSData', () => {
  const other = generatePwshModule(registry, { version: '1.2.3-beta.1', moduleName: 'Pcsh' });
  assert.equal([...other.keys()].sort(), ['Pcsh.Types.ps1', 'Pcsh.psd1', 'Pcsh.psm1', 'en-US/Pcsh-help.xml']);
  assert.match(other.get('Pcsh.psd1')!, "ModuleVersion = '1.2.3'");
  assert.match(other.get('Pcsh.psd1')!, "Prerelease = 'beta1'");
  assert.match(other.get('Pcsh.psm1')!, '.EXTERNALHELP Pcsh-help.xml');
  assert.throws(() => generatePwshModule(registry, { version: 'x', moduleName: 'Pcsh' }), /not a version/);
  assert.throws(() => generatePwshModule(registry, { version: '1.0.0', moduleName: '../x' }), /not a valid file name/);
});

test.run();
