/** Diagnostics: `file:line: section: message`, every problem reported, one bad file stops nothing. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readHelpFile } from '../../src/registry/read-help-file.ts';
import { buildRegistry } from '../../src/registry/build.ts';
import { formatDiagnostic } from '../../src/registry/diagnostics.ts';
import { fixtureText } from './fixtures.ts';

const idsAndLines = (file: string, text = fixtureText(file)) => readHelpFile(file, text).diagnostics.map((d) => `${d.line} ${d.id}`);

test('format is file:line: section: message', () => {
  const line = formatDiagnostic({ file: 'Get-Widget.md', line: 42, section: 'PARAMETERS', id: 'bad-position', message: '-Name: Position: expected Named or a number, found "First".' });
  assert.is(line, 'Get-Widget.md:42: PARAMETERS: -Name: Position: expected Named or a number, found "First".');
});

test('broken yaml: every problem of the block, with its own line', () => {
  assert.equal(idsAndLines('broken-yaml.md'), [
    '40 yaml-unknown-key',
    '41 yaml-bad-line',
    '42 bad-required',
    '43 bad-position',
    '45 bad-pipeline-input',
    '47 yaml-duplicate-key',
  ]);
});

test('broken definition: build-time checks of names, aliases, sets and positions', () => {
  assert.equal(idsAndLines('broken-definition.md'), [
    '49 duplicate-alias',
    '49 mandatory-after-optional-position',
    '64 position-clash',
    '84 positional-switch',
    '84 unknown-parameter-set',
    '94 common-parameter-clash',
    '94 duplicate-parameter',
    '109 incomplete-should-process',
  ]);
});

const SMALL = (body: string) => `---\nschema: 2.0.0\n---\n\n# Get-Widget\n\n## SYNOPSIS\nGets.\n\n## SYNTAX\n\n\`\`\`\nGet-Widget\n\`\`\`\n${body}`;
const YAML = (lines: string) => `\n## PARAMETERS\n\n### -Name\nName.\n\n\`\`\`yaml\n${lines}\n\`\`\`\n`;
const FULL = 'Type: String\nParameter Sets: (All)\nAliases:\nRequired: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False';

const cases: [what: string, text: string, expected: string[]][] = [
  ['missing title', fixtureText('missing-title.md'), ['7 missing-title']],
  ['empty synopsis', fixtureText('missing-synopsis.md'), ['10 missing-synopsis']],
  ['no front matter', SMALL('').replace('---\nschema: 2.0.0\n---\n', ''), ['2 missing-front-matter']],
  ['unterminated front matter', '---\nschema: 2.0.0\n', ['1 unterminated-front-matter', '2 missing-title']],
  ['unknown section', SMALL('\n## EXTRAS\nMore.\n'), ['16 unknown-section']],
  ['duplicate section', SMALL('\n## SYNOPSIS\nAgain.\n'), ['16 duplicate-section']],
  ['unterminated code block', SMALL('\n## EXAMPLES\n\n### Example 1\n```powershell\nGet-Widget\n'), ['19 unterminated-code-block']],
  ['missing yaml block', SMALL('\n## PARAMETERS\n\n### -Name\nName only.\n'), ['18 missing-yaml-block']],
  ['missing yaml keys', SMALL(YAML('Aliases: N\nRequired: False\nPosition: Named')), ['21 yaml-missing-key', '21 yaml-missing-key']],
  ['per-set Required naming a set the block lacks', SMALL(YAML(FULL.replace('(All)', 'A').replace('Required: False', 'Required: True (A), False (B)'))), ['25 bad-required']],
  ['bad wildcard boolean', SMALL(YAML(FULL.replace('characters: False', 'characters: Often'))), ['29 bad-boolean']],
  ['not a Verb-Noun title', SMALL('').replace('# Get-Widget', '# GetWidget'), ['5 bad-cmdlet-name']],
  ['two unnamed syntax blocks', SMALL('').replace('```\nGet-Widget\n```', '```\nGet-Widget\n```\n```\nGet-Widget -X\n```'), ['12 ambiguous-syntax']],
];

for (const [what, text, expected] of cases) test(`diagnoses: ${what}`, () => assert.equal(idsAndLines('page.md', text), expected));

test('a page with named sets in yaml but an unnamed syntax block is diagnosed', () => {
  const text = SMALL(YAML(FULL.replace('(All)', 'A')) + `\n### -Id\nId.\n\n\`\`\`yaml\n${FULL.replace('(All)', 'B')}\n\`\`\`\n`);
  assert.equal(idsAndLines('page.md', text), ['12 unnamed-syntax-with-sets']);
});

test('all problems of all files are reported, and good files are still read', () => {
  const files = ['broken-yaml.md', 'positional-parameters.md', 'broken-definition.md', 'missing-title.md', 'required-per-set.md']
    .map((name) => ({ name, text: fixtureText(name) }));
  const { registry, diagnostics } = buildRegistry(files, []);
  assert.equal([...new Set(diagnostics.map((d) => d.file))], ['broken-definition.md', 'broken-yaml.md', 'missing-title.md']);
  // broken-yaml.md also documents Get-Widget, already taken by broken-definition.md.
  assert.is(diagnostics.filter((d) => d.id === 'duplicate-cmdlet').length, 1);
  assert.is(diagnostics.length, 8 + 6 + 1 + 1);
  assert.equal(registry.cmdlets.map((c) => c.name), ['Copy-Widget', 'Find-Widget', 'Get-Widget']);
});

test('duplicate cmdlet pages and module pages are reported', () => {
  const page = fixtureText('positional-parameters.md');
  const module = fixtureText('module-page.md');
  const { diagnostics } = buildRegistry([
    { name: 'a.md', text: page }, { name: 'b.md', text: page }, { name: 'm1.md', text: module }, { name: 'm2.md', text: module },
  ], []);
  assert.equal(diagnostics.map((d) => `${d.file} ${d.id}`), [
    'b.md duplicate-cmdlet',
    'm1.md module-page-missing-cmdlet',
    'm1.md module-page-unknown-cmdlet',
    'm1.md module-page-unknown-cmdlet',
    'm2.md duplicate-module-page',
  ]);
});

test.run();
