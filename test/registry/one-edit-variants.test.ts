/**
 * platyPS-style one-edit variants: each test changes one thing in a clean page and checks that
 * exactly the field it feeds changes to the expected value, proving the reader reads it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CmdletInfo } from '../../src/registry/model.ts';
import { fixtureText, readCleanCmdlet } from './fixtures.ts';

const BASE_FILE = 'should-process.md';
const base = fixtureText(BASE_FILE);
const baseCmdlet = readCleanCmdlet(BASE_FILE);

/** Replaces the first `search` found after `anchor` (the start of the file when anchor is ''). */
function edit(anchor: string, search: string, replacement: string): string {
  const from = base.indexOf(anchor);
  const at = base.indexOf(search, from);
  if (from < 0 || at < 0) throw new Error(`"${search}" after "${anchor}" is not in ${BASE_FILE}`);
  return base.slice(0, at) + replacement + base.slice(at + search.length);
}

const name = (c: CmdletInfo) => c.parameters.find((p) => p.name === 'Name');
const color = (c: CmdletInfo) => c.parameters.find((p) => p.name === 'Color');

const variants: [what: string, text: string, field: (c: CmdletInfo) => unknown, expected: unknown][] = [
  ['title', edit('# Set', 'Set-Widget', 'Set-Gadget'), (c) => [c.name, c.verb, c.noun], ['Set-Gadget', 'Set', 'Gadget']],
  ['front matter key', edit('', 'schema: 2.0.0', 'schema: 2.1.0'), (c) => c.frontMatter.schema, '2.1.0'],
  ['online version', edit('', 'widgets/Set-Widget', 'gadgets'), (c) => c.onlineVersion, 'https://example.test/gadgets'],
  ['synopsis', edit('## SYNOPSIS', 'A cmdlet', 'The cmdlet'), (c) => c.synopsis, 'The cmdlet with WhatIf and Confirm.'],
  ['syntax text', edit('## SYNTAX', '[-Color <String>]', '[-Color <String>]\n '), (c) => c.syntax[0]?.text, 'Set-Widget -Name <String> [-Color <String>]\n  [-WhatIf] [-Confirm] [<CommonParameters>]'],
  ['syntax set name', edit('## SYNTAX', '```\nSet', '### Solo (Default)\n```\nSet'), (c) => [c.syntax[0]?.setName, c.syntax[0]?.isDefault, c.parameterSets, c.defaultParameterSet], ['Solo', true, ['Solo'], 'Solo']],
  ['description', edit('## DESCRIPTION', 'A widget', 'One widget'), (c) => c.description, 'One widget cmdlet used as a reader fixture.'],
  ['example title', edit('## EXAMPLES', 'Example 1: count', 'Example 1: tally'), (c) => c.examples[0]?.title, 'Example 1: tally widgets'],
  ['example code language', edit('## EXAMPLES', '```powershell', '```pwsh'), (c) => c.examples[0]?.code[0]?.lang, 'pwsh'],
  ['example code', edit('## EXAMPLES', 'PS C:\\> Set-Widget', 'PS C:\\> Set-Widget -Name a'), (c) => c.examples[0]?.code[0]?.text, 'PS C:\\> Set-Widget -Name a'],
  ['example remarks', edit('## EXAMPLES', 'Counts them.', 'Counts them all.'), (c) => c.examples[0]?.remarks, 'Counts them all.'],
  ['parameter description', edit('### -Name', 'The widget name.', 'The name of the widget.'), (c) => name(c)?.description, 'The name of the widget.'],
  ['parameter type', edit('### -Name', 'Type: String', 'Type: Int32'), (c) => name(c)?.type, 'Int32'],
  ['aliases', edit('### -Name', 'Aliases:', 'Aliases: N, WidgetName'), (c) => name(c)?.aliases, ['N', 'WidgetName']],
  ['accepted values', edit('### -Color', 'Red, Green, Blue', 'Red, Blue'), (c) => color(c)?.acceptedValues, ['Red', 'Blue']],
  ['required', edit('### -Name', 'Required: True', 'Required: False'), (c) => name(c)?.parameterSets[0]?.required, false],
  ['position', edit('### -Name', 'Position: Named', 'Position: 0'), (c) => name(c)?.parameterSets[0]?.position, 0],
  ['default value', edit('### -Color', 'Default value: None', 'Default value: Red'), (c) => color(c)?.defaultValue, 'Red'],
  ['pipeline input', edit('### -Name', 'Accept pipeline input: False', 'Accept pipeline input: True (ByValue, ByPropertyName)'), (c) => name(c)?.pipelineInput, 'True (ByValue, ByPropertyName)'],
  ['wildcards', edit('### -Name', 'Accept wildcard characters: False', 'Accept wildcard characters: True'), (c) => name(c)?.acceptsWildcards, true],
  ['parameter sets', edit('### -Name', 'Parameter Sets: (All)', 'Parameter Sets: Solo'), (c) => [c.parameterSets, name(c)?.parameterSets[0]?.name], [['Solo'], 'Solo']],
  ['common parameters', edit('', '### CommonParameters\nThis cmdlet takes the common parameters; see about_CommonParameters.\n', ''), (c) => c.supportsCommonParameters, false],
  ['inputs', edit('## INPUTS', '### None', '### System.String\nA widget name.'), (c) => c.inputs, [{ type: 'System.String', description: 'A widget name.' }]],
  ['outputs', edit('## OUTPUTS', '### System.Object', '### Contoso.Widget'), (c) => c.outputs, [{ type: 'Contoso.Widget', description: '' }]],
  ['notes', edit('', '## NOTES\n', '## NOTES\nWidgets are cached.\n'), (c) => c.notes, 'Widgets are cached.'],
  ['related link', edit('## RELATED LINKS', '[Widget docs]', '[Widget manual]'), (c) => c.relatedLinks[0], { text: 'Widget manual', uri: 'https://example.test/widgets' }],
];

for (const [what, text, field, expected] of variants) {
  test(`one edit: ${what}`, () => {
    assert.not.equal(field(baseCmdlet), expected, 'the base must differ');
    assert.equal(field(readCleanCmdlet(BASE_FILE, text)), expected);
  });
}

test('a parameter heading without the dash reads the same', () => {
  const variant = edit('### -Name', '### -Name', '### Name');
  assert.equal(readCleanCmdlet(BASE_FILE, variant), baseCmdlet);
});

test.run();
