/** One fixture per real-world platyPS quirk: each reads cleanly and yields the expected model. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readHelpFile } from '../../src/registry/read-help-file.ts';
import { ALL_PARAMETER_SETS, type CmdletInfo } from '../../src/registry/model.ts';
import { fixtureText, readCleanCmdlet } from './fixtures.ts';

const ALL = ALL_PARAMETER_SETS;
const cases: [file: string, check: (cmdlet: CmdletInfo) => void][] = [
  ['crlf-line-endings.md', (c) => {
    assert.is(c.synopsis, 'Gets widgets, from a file with CRLF line ends.');
    assert.not.ok(JSON.stringify(c).includes('\\r'), 'no carriage return survives');
    assert.is(c.parameters[0]?.type, 'String');
  }],
  ['utf8-bom.md', (c) => {
    assert.is(c.frontMatter['external help file'], 'Contoso.Widgets.dll-Help.xml');
    assert.is(c.name, 'Get-Widget');
  }],
  ['parameter-heading-without-dash.md', (c) => assert.equal(c.parameters.map((p) => p.name), ['Name'])],
  ['blank-lines-in-yaml.md', (c) => {
    assert.equal(c.parameters[0]?.aliases, ['WidgetName']);
    assert.equal(c.parameters[0]?.parameterSets, [{ name: ALL, required: true, position: null }]);
  }],
  ['empty-yaml-values.md', (c) => {
    const p = c.parameters[0];
    assert.equal([p?.aliases, p?.acceptedValues, p?.defaultValue], [[], [], null]);
  }],
  ['colon-in-yaml-value.md', (c) => assert.is(c.parameters[0]?.defaultValue, 'https://widgets.example.test:8443/api: v2 # not a comment')],
  ['required-per-set.md', (c) => {
    assert.equal(c.parameterSets, ['ByName', 'ById', 'ByQuery']);
    assert.is(c.defaultParameterSet, 'ByName');
    assert.equal(c.parameters[0]?.parameterSets, [
      { name: 'ByName', required: true, position: null },
      { name: 'ById', required: true, position: null },
      { name: 'ByQuery', required: false, position: null },
    ]);
  }],
  ['pipeline-input-by-value.md', (c) => {
    assert.equal(c.parameters.map((p) => p.pipelineInput), ['True (ByValue)', 'True (ByPropertyName)']);
    assert.is(c.parameters[0]?.type, 'Widget');
  }],
  ['several-yaml-blocks-per-parameter.md', (c) => {
    const tenant = c.parameters.find((p) => p.name === 'Tenant');
    assert.equal(tenant?.aliases, ['Domain', 'TenantId']);
    assert.equal(tenant?.parameterSets, [
      { name: 'Interactive', required: false, position: null },
      { name: 'Unattended', required: true, position: null },
    ]);
  }],
  ['positional-parameters.md', (c) => {
    assert.equal(c.parameters.map((p) => p.parameterSets[0]?.position), [0, 1, null]);
    assert.is(c.parameters[2]?.type, 'SwitchParameter');
  }],
  ['applicable-key.md', (c) => assert.is(c.parameters[0]?.name, 'Name')],
  ['should-process.md', (c) => {
    assert.ok(c.supportsShouldProcess);
    assert.ok(c.supportsCommonParameters);
    assert.equal(c.parameters[1]?.acceptedValues, ['Red', 'Green', 'Blue']);
    assert.equal(c.relatedLinks, [{ text: 'Widget docs', uri: 'https://example.test/widgets' }, { text: 'Set-Widget tips', uri: null }]);
  }],
];

for (const [file, check] of cases) test(`reads ${file}`, () => check(readCleanCmdlet(file)));

test('a page without WhatIf/Confirm does not support ShouldProcess', () => {
  assert.not.ok(readCleanCmdlet('positional-parameters.md').supportsShouldProcess);
});

test('reads the module page', () => {
  const read = readHelpFile('module-page.md', fixtureText('module-page.md'));
  assert.equal(read.diagnostics, []);
  assert.is(read.cmdlet, null);
  assert.equal(read.module, {
    name: 'Contoso.Widgets',
    guid: '11111111-2222-3333-4444-555555555555',
    helpVersion: '1.2.3',
    locale: 'en-GB',
    description: 'Cmdlets that look after widgets.',
    cmdlets: [{ name: 'Get-Widget', synopsis: 'Gets widgets.' }, { name: 'Set-Widget', synopsis: 'Changes a widget.' }],
    file: 'module-page.md',
  });
});

test('CRLF and LF versions of a page read the same', () => {
  const lf = fixtureText('crlf-line-endings.md').replace(/\r\n/g, '\n');
  assert.equal(readCleanCmdlet('crlf-line-endings.md'), readCleanCmdlet('crlf-line-endings.md', lf));
});

test.run();
