import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFunction } from '../../src/pwsh/function-def.ts';
import { renderMaml, syntaxSets } from '../../src/pwsh/maml.ts';
import { declaredParameters } from '../../src/pwsh/param-block.ts';
import { exportedCmdlets } from '../../src/pwsh/generate-module.ts';
import { ALL_PARAMETER_SETS } from '../../src/registry/model.ts';
import { realRegistry } from './registry-fixture.ts';
import { child, children, parseXml, unescape } from './xml-check.ts';

const registry = realRegistry();
const cmdlets = exportedCmdlets(registry);

/** Reads back a generated param block: parameter → its attribute lines. */
function readParams(fn: string): Map<string, string[]> {
  const block = /param\(\n([\s\S]*?)\n    \)/.exec(fn)?.[1] ?? '';
  const params = new Map<string, string[]>();
  if (block === '') return params;
  for (const chunk of block.split(/,\n\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim());
    params.set(lines[lines.length - 1]!.slice(1), lines.slice(0, -1));
  }
  return params;
}

for (const cmdlet of cmdlets) {
  test(`param block of ${cmdlet.name} matches the registry`, () => {
    const params = readParams(renderFunction(cmdlet, 'x.xml'));
    assert.equal([...params.keys()], declaredParameters(cmdlet).map((p) => p.name));
    for (const p of declaredParameters(cmdlet)) {
      const lines = params.get(p.name)!;
      const sets = p.parameterSets.length > 0 ? p.parameterSets : [{ name: ALL_PARAMETER_SETS, required: false, position: null }];
      const attrs = lines.filter((l) => l.startsWith('[Parameter('));
      assert.is(attrs.length, sets.length, `${p.name} sets`);
      sets.forEach((entry, i) => {
        const attr = attrs[i]!;
        assert.is(attr.includes('Mandatory = $true'), entry.required, `${p.name} Mandatory in ${entry.name}`);
        assert.is(attr.includes(`Position = ${entry.position}`), entry.position !== null, `${p.name} Position`);
        assert.is(attr.includes(`ParameterSetName = '${entry.name}'`), entry.name !== ALL_PARAMETER_SETS);
      });
      assert.is(lines.some((l) => l.startsWith('[Alias(')), p.aliases.length > 0, `${p.name} Alias`);
      assert.is(lines.some((l) => l.startsWith('[ValidateSet(')), p.acceptedValues.length > 0, `${p.name} ValidateSet`);
      assert.is(lines.some((l) => l.startsWith('[ValidatePattern(')), p.validation?.pattern !== undefined, `${p.name} ValidatePattern`);
      assert.is(lines.some((l) => l === '[ValidateNotNull()]'), p.validation?.notNull === true && !p.validation.notNullOrEmpty, `${p.name} ValidateNotNull`);
    }
  });
}

test('New-PartnerCustomerCart: CustomerId has the GUID ValidatePattern, LineItems the model type', () => {
  const params = readParams(renderFunction(cmdlets.find((c) => c.name === 'New-PartnerCustomerCart')!, 'x.xml'));
  assert.ok(params.get('CustomerId')!.some((l) => l.startsWith("[ValidatePattern('^(\\{){0,1}[0-9a-fA-F]{8}")));
  assert.ok(params.get('LineItems')!.includes('[Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[]]'));
  assert.ok(params.get('LineItems')!.includes('[ValidateNotNull()]'));
});

test('MAML is well-formed with one command per exported cmdlet and platyPS structure', () => {
  const root = parseXml(renderMaml(cmdlets));
  assert.is(root.name, 'helpItems');
  assert.is(root.attributes.schema, 'maml');
  const commands = children(root, 'command:command');
  assert.equal(commands.map((c) => child(child(c, 'command:details'), 'command:name').text), cmdlets.map((c) => c.name));
  commands.forEach((command, i) => {
    const cmdlet = cmdlets[i]!;
    const details = child(command, 'command:details');
    assert.is(child(details, 'command:verb').text, cmdlet.verb);
    assert.is(child(details, 'command:noun').text, cmdlet.noun);
    assert.is(unescape(child(child(details, 'maml:description'), 'maml:para').text), cmdlet.synopsis.trim());
    assert.is(children(child(command, 'command:syntax'), 'command:syntaxItem').length, syntaxSets(cmdlet).length);
    const params = children(child(command, 'command:parameters'), 'command:parameter');
    assert.equal(params.map((p) => child(p, 'maml:name').text), cmdlet.parameters.map((p) => p.name));
    for (const p of params) {
      for (const attr of ['required', 'position', 'pipelineInput', 'globbing', 'aliases']) assert.ok(attr in p.attributes, attr);
      child(p, 'dev:type');
      child(p, 'dev:defaultValue');
    }
    for (const section of ['command:inputTypes', 'command:returnValues', 'maml:alertSet', 'command:examples', 'command:relatedLinks']) child(command, section);
    const examples = children(child(command, 'command:examples'), 'command:example');
    assert.is(examples.length, cmdlet.examples.length);
    for (const example of examples) { child(example, 'maml:title'); child(example, 'dev:code'); child(example, 'dev:remarks'); }
  });
});

test('Connect-PartnerCenter MAML has five syntax items with the right mandatory parameters', () => {
  const connect = cmdlets.find((c) => c.name === 'Connect-PartnerCenter')!;
  const command = children(parseXml(renderMaml([connect])), 'command:command')[0]!;
  const items = children(child(command, 'command:syntax'), 'command:syntaxItem');
  assert.is(items.length, 5);
  const required = items.map((item) => children(item, 'command:parameter').filter((p) => p.attributes.required === 'true').map((p) => child(p, 'maml:name').text));
  assert.equal(required, connect.parameterSets.map((set) => connect.parameters.filter((p) => p.parameterSets.some((e) => (e.name === set) && e.required)).map((p) => p.name)));
});

test('the XML checker rejects broken documents', () => {
  for (const bad of ['<a><b></a>', '<a>&bogus;</a>', '<a x=1/>', '<a></a><b></b>', '<a>']) assert.throws(() => parseXml(bad), undefined, bad);
});

test.run();
