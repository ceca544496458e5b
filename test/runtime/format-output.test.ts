/**
 * The success stream's formatting (src/runtime/format-output.ts), table-driven: which format is
 * in force, JSON lines, PowerShell-style list and table views, how values display, nested
 * objects expanded in the list view, and wrapping at the width.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseFormat, displayValue, formatOutput, type FormatOptions } from '../../src/runtime/format-output.ts';

const chooseCases: { explicit: string | undefined; terminal: boolean; expect: string }[] = [
  { explicit: undefined, terminal: true, expect: 'list' },
  { explicit: undefined, terminal: false, expect: 'json' },
  { explicit: '', terminal: true, expect: 'list' },
  { explicit: '', terminal: false, expect: 'json' },
  { explicit: 'json', terminal: true, expect: 'json' },
  { explicit: 'JSON', terminal: false, expect: 'json' },
  { explicit: 'List', terminal: false, expect: 'list' },
  { explicit: 'table', terminal: true, expect: 'table' },
];

for (const c of chooseCases) {
  test(`chooseFormat(${JSON.stringify(c.explicit)}, terminal=${c.terminal}) → ${c.expect}`, () => {
    assert.is(chooseFormat(c.explicit, c.terminal), c.expect);
  });
}

test('chooseFormat: an unknown format is an Error naming the formats', () => {
  const result = chooseFormat('yaml', true);
  assert.instance(result, Error);
  assert.is((result as Error).message, 'Cannot use output format "yaml". Use one of: json, list, table.');
});

const displayCases: { value: unknown; expect: string }[] = [
  { value: null, expect: '' },
  { value: undefined, expect: '' },
  { value: 'text', expect: 'text' },
  { value: 5, expect: '5' },
  { value: true, expect: 'true' },
  { value: [], expect: '{}' },
  { value: ['a', 'b'], expect: '{a, b}' },
  { value: [1, [2, 3]], expect: '{1, {2, 3}}' },
  { value: {}, expect: '@{}' },
  { value: { K: 'v', N: 1 }, expect: '@{K=v; N=1}' },
  { value: { Outer: { Inner: 'x' }, List: ['a'] }, expect: '@{Outer=@{Inner=x}; List={a}}' },
  { value: [{ A: 1 }, { A: 2 }], expect: '{@{A=1}, @{A=2}}' },
];

for (const c of displayCases) {
  test(`displayValue(${JSON.stringify(c.value)}) → ${JSON.stringify(c.expect)}`, () => {
    assert.is(displayValue(c.value), c.expect);
  });
}

const plain = (format: FormatOptions['format'], width = 80): FormatOptions => ({ format, width, colour: false });

test('formatOutput: nothing in, nothing out', () => {
  for (const format of ['json', 'list', 'table'] as const) assert.is(formatOutput([], plain(format)), '');
  assert.is(formatOutput([null, undefined], plain('list')), '');
});

test('formatOutput: text items are written as they are, one newline each', () => {
  assert.is(formatOutput(['a', 'b\n'], plain('json')), 'a\nb\n');
});

test('formatOutput json: one compact JSON line per object', () => {
  const out = formatOutput([{ A: 1, B: [1, 2] }, { A: 2, B: { C: 'x' } }], plain('json'));
  assert.is(out, '{"A":1,"B":[1,2]}\n{"A":2,"B":{"C":"x"}}\n');
  for (const line of out.trimEnd().split('\n')) JSON.parse(line);
});

test('formatOutput list: blank line, names padded to the longest, a blank line after', () => {
  const out = formatOutput([{ CartId: 'c1', Status: 'Active', Empty: null }], plain('list'));
  assert.is(out, '\nCartId : c1\nStatus : Active\nEmpty  :\n\n');
});

test('formatOutput list: each object starts with a blank line', () => {
  const out = formatOutput([{ A: 1 }, { A: 2 }], plain('list'));
  assert.is(out, '\nA : 1\n\nA : 2\n\n');
});

test('formatOutput list: nested objects and arrays of objects are expanded, indented by 4', () => {
  const cart = {
    CartId: 'c1',
    LineItems: [
      { Id: 0, Quantity: 5, ProvisioningContext: {} },
      { Id: 1, Quantity: 2, ProvisioningContext: { scope: 'shared' } },
    ],
    Tags: ['a', 'b'],
    Status: 'Active',
  };
  const expected = [
    '',
    'CartId    : c1',
    'LineItems :',
    '    Id                  : 0',
    '    Quantity            : 5',
    '    ProvisioningContext : @{}',
    '',
    '    Id                  : 1',
    '    Quantity            : 2',
    '    ProvisioningContext :',
    '        scope : shared',
    'Tags      : {a, b}',
    'Status    : Active',
    '',
    '',
  ].join('\n');
  assert.fixture(formatOutput([cart], plain('list')), expected);
});

test('formatOutput list: an empty array prints {} inline; an array of scalars inline', () => {
  assert.is(formatOutput([{ Items: [], Ids: [1, 2] }], plain('list')), '\nItems : {}\nIds   : {1, 2}\n\n');
});

test('formatOutput list: long values wrap at spaces under their value column, within the width', () => {
  const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
  const out = formatOutput([{ Name: 'n', Description: words }], plain('list', 60));
  const lines = out.split('\n').filter((l) => l !== '');
  assert.ok(lines.length > 3, out);
  for (const line of lines) assert.ok(line.length < 60, `too long: ${line}`);
  const column = 'Description : '.length;
  for (const line of lines.slice(2)) assert.is(line.slice(0, column), ' '.repeat(column));
  // Nothing lost or reordered by the wrapping.
  assert.is(lines.slice(1).map((l) => l.trim()).join(' ').replace('Description : ', ''), words);
});

test('formatOutput list: a word longer than the width is cut, nothing is lost', () => {
  const long = 'x'.repeat(150);
  const out = formatOutput([{ K: long }], plain('list', 60));
  const lines = out.split('\n').filter((l) => l !== '');
  for (const line of lines) assert.ok(line.length < 60, line);
  assert.is(lines.map((l) => l.replace(/^K : |^ +/, '')).join(''), long);
});

test('formatOutput list: a very narrow width does not wrap', () => {
  const text = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';
  assert.is(formatOutput([{ K: text }], plain('list', 10)), `\nK : ${text}\n\n`);
});

test('formatOutput list: nested values wrap within the width too', () => {
  const words = Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ');
  const out = formatOutput([{ Outer: { Text: words } }], plain('list', 40));
  for (const line of out.split('\n')) assert.ok(line.length < 40, line);
});

test('formatOutput list with colour: labels in green, values plain', () => {
  const out = formatOutput([{ A: 1 }], { format: 'list', width: 80, colour: true });
  assert.is(out, '\n\u001b[32;1mA : \u001b[0m1\n\n');
});

test('formatOutput table: columns from the first object, header rule, padded cells', () => {
  const out = formatOutput(
    [
      { CartId: 'c1', Status: 'Active', Count: 5 },
      { CartId: 'cart-2', Status: 'Ordered', Count: 12 },
    ],
    plain('table'),
  );
  assert.is(out, ['', 'CartId Status  Count', '------ ------  -----', 'c1     Active  5', 'cart-2 Ordered 12', '', ''].join('\n'));
});

test('formatOutput table: nested values display inline; rows are cut at the width', () => {
  const out = formatOutput([{ Id: 1, Items: [{ A: 1 }], Long: 'y'.repeat(100) }], plain('table', 40));
  const lines = out.split('\n');
  for (const line of lines) assert.ok(line.length <= 40, line);
  assert.match(lines[3]!, /^1  {@{A=1}} y+$/);
});

test('formatOutput: text and objects together, text first', () => {
  assert.is(formatOutput(['note', { A: 1 }], plain('json')), 'note\n{"A":1}\n');
});

test.run();
