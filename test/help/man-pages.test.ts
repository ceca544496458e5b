/**
 * The man pages: every generated page passes `mandoc -T lint` and `groff -ww`; `man -l` shows NAME,
 * the registry's syntax under SYNOPSIS, OPTIONS and EXAMPLES; package.json lists every page; and
 * the roff escaping as a table (text roff would otherwise read as requests or typographic hyphens).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistry } from '../../src/registry/load.ts';
import { syntaxLines } from '../../src/help/syntax.ts';
import { renderManPage } from '../../src/help/man/man-page.ts';
import { escapeRoff, foldInputLines, proseLine, textLine } from '../../src/help/man/roff.ts';
import { cmdlet, parameter } from './fixtures.ts';

const root = new URL('../..', import.meta.url).pathname;
const manDir = join(root, 'dist/man/man1');
const registry = loadRegistry(join(root, 'dist/registry.json'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function lint(path: string): string {
  const mandoc = spawnSync('mandoc', ['-T', 'lint', path], { encoding: 'utf8' });
  const groff = spawnSync('groff', ['-ww', '-man', '-Tutf8', '-z', path], { encoding: 'utf8' });
  assert.is(groff.status, 0, groff.stderr);
  return `${mandoc.stdout}${mandoc.stderr}${groff.stderr}`;
}

function manShow(path: string): string {
  const result = spawnSync('man', ['-l', path], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: '' } });
  assert.is(result.status, 0, result.stderr);
  assert.is(result.stderr, '');
  return result.stdout;
}

test('package.json "man" lists pcsh.1 and one page per cmdlet of the registry, and they exist', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { man: string[] };
  assert.equal(pkg.man, ['pcsh', ...registry.cmdlets.map((c) => c.name)].map((n) => `dist/man/man1/${n}.1`));
  assert.equal(readdirSync(manDir).sort(), pkg.man.map((p) => p.slice('dist/man/man1/'.length)).sort());
});

test('every page is lint-clean (mandoc -T lint, groff -ww)', () => {
  for (const page of readdirSync(manDir)) assert.is(lint(join(manDir, page)), '', page);
});

test('man -l New-PartnerCustomerCart.1: NAME, SYNOPSIS from the registry syntax, OPTIONS, EXAMPLES', () => {
  const shown = manShow(join(manDir, 'New-PartnerCustomerCart.1'));
  const info = registry.cmdlets.find((c) => c.name === 'New-PartnerCustomerCart');
  assert.ok(info);
  const section = (name: string) => squash(shown.split(/\n(?=[A-Z][A-Z ]+\n)/).find((s) => s.startsWith(`${name}\n`)) ?? '');
  assert.is(section('NAME'), `NAME New-PartnerCustomerCart - ${info.synopsis}`);
  for (const line of syntaxLines(info)) assert.ok(section('SYNOPSIS').includes(squash(line)), line);
  for (const p of info.parameters) assert.match(section('OPTIONS'), `-${p.name}`);
  assert.match(section('OPTIONS'), 'Required: true; Position: named');
  for (const e of info.examples) assert.ok(section('EXAMPLES').includes(squash(e.title)), e.title);
  const example = `-LineItems "@{CatalogItemId='DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; Quantity=10; BillingCycle='OneTime'`;
  assert.match(section('EXAMPLES'), example, 'code keeps straight quotes and plain hyphens');
});

test('every cmdlet\'s page shows its syntax lines, each parameter and each example title', () => {
  for (const info of registry.cmdlets) {
    const shown = squash(manShow(join(manDir, `${info.name}.1`)));
    for (const line of syntaxLines(info)) assert.ok(shown.includes(squash(line)), `${info.name}: ${line}`);
    for (const p of info.parameters) assert.ok(shown.includes(`-${p.name}`), `${info.name}: -${p.name}`);
    for (const e of info.examples) assert.ok(shown.includes(squash(e.title)), `${info.name}: ${e.title}`);
  }
});

test('no word is hyphenated at a line end (option names must stay whole)', () => {
  for (const page of readdirSync(manDir)) assert.not.match(manShow(join(manDir, page)), /\w[\u2010-]\n/, page);
});

test('man -l pcsh.1 lists every cmdlet and the completion command', () => {
  const shown = squash(manShow(join(manDir, 'pcsh.1')));
  for (const c of registry.cmdlets) assert.match(shown, `${c.name} ${squash(c.synopsis)}`);
  assert.match(shown, 'pcsh completion bash|zsh|fish');
});

const escapes: [string, string, string][] = [
  ['backslash', 'C:\\temp', 'C:\\etemp'],
  ['hyphen is the minus sign options need', '-CustomerId', '\\-CustomerId'],
  ['apostrophe and grave', "'x' `y`", "\\(aqx\\(aq \\(gay\\(ga"],
  ['tilde and caret', '~^', '\\(ti\\(ha'],
];
for (const [name, input, expected] of escapes) test(`escapeRoff: ${name}`, () => assert.is(escapeRoff(input), expected));

test('a text line is never a request; code spans are bold', () => {
  assert.is(textLine('.NET types'), '\\&.NET types');
  assert.is(proseLine("use `-Confirm:$false` here"), 'use \\fB\\-Confirm:$false\\fR here');
  assert.is(proseLine('an unpaired ` stays'), 'an unpaired \\(ga stays');
});

test('long input lines are folded with backslash-newline, never inside an escape', () => {
  const line = `${'\\fBx\\fR '.repeat(30)}\\(aq`;
  const folded = foldInputLines(line).split('\n');
  assert.ok(folded.length > 1);
  for (const piece of folded) assert.ok(Buffer.byteLength(piece) <= 80 && !/\\\(?.?$/.test(piece.replace(/\\$/, '')), piece);
  assert.is(folded.map((p) => p.replace(/\\$/, '')).join(''), line);
});

test('a page of awkward text (leading dots, backslashes, long words) is still lint-clean', () => {
  const path = parameter('Path', 'String', [{ required: true, position: 0 }], { description: ".hidden files\nC:\\x and 'quotes'" });
  const info = cmdlet('Test-Awkward', [path], {
    synopsis: '.starts with a dot',
    description: `${'word '.repeat(40)}\n\n- a list item\n- another`,
    examples: [{ title: 'Example 1: odd', code: [{ lang: 'bash', text: `.dotted\n\n${'x'.repeat(120)}` }], remarks: 'Done.' }],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'pcsh-man-')), 'Test-Awkward.1');
  writeFileSync(file, renderManPage(info, { source: 'pcsh 0.0.0', date: 'January 1, 2026' }));
  assert.is(lint(file), '');
  assert.match(squash(manShow(file)), `.dotted ${'x'.repeat(120)}`.slice(0, 40));
});

test.run();
