import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePwshModule, exportedCmdlets } from '../../src/pwsh/module/generate-module.ts';
import { className, renderCmdletClass } from '../../src/pwsh/module/cmdlet-class.ts';
import { compiledTypes } from '../../src/pwsh/module/compiled-types.ts';
import { csIdentifier, csString } from '../../src/pwsh/module/cs-literal.ts';
import { renderMaml } from '../../src/pwsh/module/maml.ts';
import { fillTemplate, readTemplate, readTemplateFolder, SOURCE_TEMPLATES_DIR } from '../../src/pwsh/module/template.ts';
import type { Registry } from '../../src/registry/model.ts';
import { cmdletOf, realRegistry } from '../fixtures/real-registry.ts';
import { loadPowerShellParser, syntaxErrors } from './ps-grammar.ts';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const TEMPLATES = join(fileURLToPath(new URL('../../', import.meta.url)), SOURCE_TEMPLATES_DIR);
const OPTIONS = { version: '0.1.0', moduleName: 'PartnerCenter', templatesDir: TEMPLATES };
const registry = realRegistry();
const files = generatePwshModule(registry, OPTIONS);
const TYPES = compiledTypes(readTemplateFolder(TEMPLATES, 'models').map((t) => t.text));
const classOf = (r: Registry, name: string) => renderCmdletClass(cmdletOf(r, name), readTemplate(TEMPLATES, 'cmdlet.cs'), TYPES);

function golden(name: string, actual: string): void {
  const path = GOLDEN + name;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  assert.fixture(actual, readFileSync(path, 'utf8'), name);
}

test('the module folder has the manifest, root module, C# source and MAML help', () => {
  assert.equal([...files.keys()].sort(), ['PartnerCenter.cs', 'PartnerCenter.psd1', 'PartnerCenter.psm1', 'en-US/PartnerCenter-help.xml']);
});

test('golden: manifest', () => golden('PartnerCenter.psd1', files.get('PartnerCenter.psd1')!));
test('golden: New-PartnerCustomerCart class', () => golden('New-PartnerCustomerCart.cs', classOf(registry, 'New-PartnerCustomerCart')));
test('golden: Connect-PartnerCenter class (five sets)', () => golden('Connect-PartnerCenter.cs', classOf(registry, 'Connect-PartnerCenter')));
test('golden: Get-PartnerCustomer class (a position, a default set)', () => golden('Get-PartnerCustomer.cs', classOf(registry, 'Get-PartnerCustomer')));
test('golden: New-PartnerCustomerCart MAML', () => golden('New-PartnerCustomerCart.xml', renderMaml([cmdletOf(registry, 'New-PartnerCustomerCart')])));
test('golden: Connect-PartnerCenter MAML', () => golden('Connect-PartnerCenter.xml', renderMaml([cmdletOf(registry, 'Connect-PartnerCenter')])));

test('reproducible: two runs are byte-equal, and a copy of the registry gives the same bytes', () => {
  const again = generatePwshModule(structuredClone(registry), OPTIONS);
  assert.equal([...again.entries()], [...files.entries()]);
  for (const content of files.values()) assert.not.match(content, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
});

test('CmdletsToExport and Export-ModuleMember list the registry cmdlets except the pwsh built-ins, explicitly', () => {
  const psd1 = files.get('PartnerCenter.psd1')!;
  const block = /CmdletsToExport = @\(([\s\S]*?)\)/.exec(psd1)![1]!;
  const listed = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const expected = registry.cmdlets.map((c) => c.name).filter((n) => n !== 'Get-Help' && n !== 'Get-Command').sort();
  assert.equal(listed, expected);
  assert.not.match(psd1, /\*/);
  assert.match(psd1, /FunctionsToExport = @\(\)/);
  assert.match(psd1, /AliasesToExport = @\(\)/);
  assert.match(psd1, /PowerShellVersion = '7\.2'/);
  assert.match(psd1, new RegExp(`GUID = '${registry.module!.guid}'`));
  assert.match(files.get('PartnerCenter.psm1')!, `Export-ModuleMember -Cmdlet ${expected.map((n) => `'${n}'`).join(', ')} -Function @()`);
});

test('the C# source holds the models, the runtime and one class per exported cmdlet, under the original class names', () => {
  const source = files.get('PartnerCenter.cs')!;
  for (const cmdlet of exportedCmdlets(registry)) {
    assert.match(source, `public sealed class ${className(cmdlet)} : PcshCmdlet`);
    assert.match(source, `[Cmdlet(${csString(cmdlet.verb)}, ${csString(cmdlet.noun)}`);
  }
  assert.is(className(cmdletOf(registry, 'New-PartnerCustomerCart')), 'NewPartnerCustomerCart');
  assert.not.match(source, /class GetHelp\b|class GetCommand\b/);
  assert.not.match(source, /\/\*@\w+@\*\//, 'every placeholder is filled');
  for (const part of ['models/authentication.cs', 'models/carts.cs', 'runtime/host-connection.cs', 'runtime/pcsh-cmdlet.cs', 'runtime/wire-json.cs', 'commands.cs']) {
    assert.match(source, `// ---- ${part}`);
  }
});

test('the compiled model types are read from the model templates: a new model file needs no generator change', () => {
  const extra = 'namespace Microsoft.Store.PartnerCenter.PowerShell.Models.Customers\n{\n    public sealed class PSCustomer { }\n    public enum Kind { A }\n}\n';
  const types = compiledTypes([extra]);
  assert.equal([...types.all], ['Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.Kind']);
  assert.equal([...types.enums], ['Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.Kind']);
  assert.ok(TYPES.all.has('Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'));
  assert.ok(TYPES.all.has('Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext'));
  assert.ok(TYPES.enums.has('Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName'));
});

test('a parameter typed with a model the module does not compile is an object; its OutputType is by name', () => {
  const copy = structuredClone(registry);
  const get = copy.cmdlets.find((c) => c.name === 'Get-PartnerCustomerCart')!;
  get.parameters.find((p) => p.name === 'CartId')!.type = 'PSNotCompiled';
  get.outputs = [{ type: 'Microsoft.Example.PSNotCompiled', description: '' }];
  const text = classOf(copy, 'Get-PartnerCustomerCart');
  assert.match(text, 'public System.Object CartId { get; set; }');
  assert.match(text, '[OutputType("Microsoft.Example.PSNotCompiled")]');
});

test('templates: every placeholder must be filled and every value used', () => {
  assert.is(fillTemplate('a /*@X@*/ b', { X: '1' }), 'a 1 b');
  assert.throws(() => fillTemplate('a /*@X@*/', {}), /X has no value/);
  assert.throws(() => fillTemplate('a', { X: '1' }), /no placeholder for: X/);
});

test('C# literals: quotes, backslashes, control and line-separator characters are escaped; keywords get @', () => {
  const cases: [string, string][] = [
    ['plain', '"plain"'],
    ['a"b', '"a\\"b"'],
    ['C:\\x', '"C:\\\\x"'],
    ['line\nbreak', '"line\\u000abreak"'],
    ['sep\u2028x', '"sep\\u2028x"'],
    ['^(\\{){0,1}$', '"^(\\\\{){0,1}$"'],
  ];
  for (const [input, expected] of cases) assert.is(csString(input), expected, input);
  assert.is(csIdentifier('CartId'), 'CartId');
  assert.is(csIdentifier('default'), '@default');
  assert.throws(() => csIdentifier('bad-name'), /cannot be a C# property name/);
});

test('registry text with quotes and code-like text stays inside its literals', () => {
  const copy = structuredClone(registry);
  const cmdlet = copy.cmdlets.find((c) => c.name === 'Connect-PartnerCenter')!;
  cmdlet.shouldProcessTarget = 'Connects to "O\'Brien" \\ ({Environment}); } class X {';
  cmdlet.synopsis = 'Signs in </summary> & <b>';
  const tenant = cmdlet.parameters.find((p) => p.name === 'Tenant')!;
  tenant.aliases = ['Dom"ain', 'TenantId'];
  tenant.validation = { pattern: '^[a-z"\\\\]+$' };
  const text = classOf(copy, 'Connect-PartnerCenter');
  assert.match(text, csString('Connects to "O\'Brien" \\ ({Environment}); } class X {'));
  assert.match(text, '[Alias("Dom\\"ain", "TenantId")]');
  assert.match(text, '/// <summary>Signs in &lt;/summary&gt; &amp; &lt;b&gt;</summary>');
  assert.is(text.split('\n').filter((l) => /^\s*(public )?(sealed )?class /.test(l)).length, 1);
});

test('grammar: the psm1 and psd1 parse with zero ERROR nodes', async () => {
  const parser = await loadPowerShellParser();
  for (const name of ['PartnerCenter.psm1', 'PartnerCenter.psd1']) assert.equal(syntaxErrors(parser, files.get(name)!), [], name);
  assert.ok(syntaxErrors(parser, 'function f {\n  param(\n}\n').length > 0, 'the checker sees errors');
});

test('the psm1 carries the cache key\'s source hash (SHA-256 of the generated .cs, 32 hex digits): an import hashes nothing', () => {
  for (const moduleName of ['PartnerCenter', 'Pcsh']) {
    const generated = moduleName === 'PartnerCenter' ? files : generatePwshModule(registry, { ...OPTIONS, moduleName });
    const hash = createHash('sha256').update(generated.get(`${moduleName}.cs`)!, 'utf8').digest('hex').slice(0, 32);
    const psm1 = generated.get(`${moduleName}.psm1`)!;
    assert.match(psm1, `$sourceHash = '${hash}'`, moduleName);
    // The prebuilt DLL is keyed by the source alone (one for every pwsh 7.x); the user cache adds the pwsh version.
    assert.match(psm1, `[System.IO.Path]::Combine($PSScriptRoot, 'bin', $sourceHash, '${moduleName}.dll')`, moduleName);
    assert.match(psm1, `$key = $sourceHash + '-' + $PSVersionTable.PSVersion.ToString()`, moduleName);
    assert.not.match(psm1, 'HashData', moduleName);
  }
});

test('module name and version options are honoured; a pre-release goes to PSData', () => {
  const other = generatePwshModule(registry, { ...OPTIONS, version: '1.2.3-beta.1', moduleName: 'Pcsh' });
  assert.equal([...other.keys()].sort(), ['Pcsh.cs', 'Pcsh.psd1', 'Pcsh.psm1', 'en-US/Pcsh-help.xml']);
  assert.match(other.get('Pcsh.psd1')!, "ModuleVersion = '1.2.3'");
  assert.match(other.get('Pcsh.psd1')!, "Prerelease = 'beta1'");
  assert.match(other.get('Pcsh.psm1')!, "[System.IO.Path]::Combine($PSScriptRoot, 'Pcsh.cs')");
  assert.throws(() => generatePwshModule(registry, { ...OPTIONS, version: 'x', moduleName: 'Pcsh' }), /not a version/);
  assert.throws(() => generatePwshModule(registry, { ...OPTIONS, moduleName: '../x' }), /not a valid file name/);
});

test.run();
