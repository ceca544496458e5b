import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { maxLineLength, wrapIndented, wrapLine } from '../../src/help/index.ts';
import { toParagraphs } from '../../src/help/paragraphs.ts';

const lines: [string, string, number, string[]][] = [
  ['fits', 'a b c', 5, ['a b c']],
  ['breaks at the last space that fits', 'aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
  ['several breaks', 'aa bb cc dd', 5, ['aa bb', 'cc dd']],
  ['cuts a word longer than the line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ['long word after a short one', 'a bcdefgh', 4, ['a', 'bcde', 'fgh']],
  ['drops trailing blanks', 'abc   ', 10, ['abc']],
  ['keeps leading indentation of code', '  { "a": 1 }', 20, ['  { "a": 1 }']],
  ['empty line', '', 10, ['']],
];

for (const [label, text, columns, expected] of lines) {
  test(`wrapLine: ${label}`, () => assert.equal(wrapLine(text, columns), expected));
}

test('PowerShell leaves the last column free', () => {
  assert.is(maxLineLength(80), 79);
  assert.is(maxLineLength(120), 119);
});

test('wrapIndented indents every piece and keeps empty lines empty', () => {
  assert.equal(wrapIndented('one two three\n\nfour', 4, 13), ['    one two', '    three', '', '    four']);
});

test('no wrapped line is longer than width - 1', () => {
  const text = 'word '.repeat(200) + 'x'.repeat(150);
  for (const width of [20, 40, 80, 133]) {
    for (const line of wrapIndented(text, 8, width)) assert.ok(line.length <= width - 1, `${width}: ${line}`);
  }
});

const paragraphs: [string, string, string[][]][] = [
  ['soft breaks joined', 'one\ntwo\n\nthree', [['one two'], ['three']]],
  ['list items keep their lines', 'Items:\n- a\n- b', [['Items:', '- a', '- b']]],
  ['CRLF and blank lines with spaces', 'a\r\n  \r\nb', [['a'], ['b']]],
  ['empty', '', []],
];
for (const [label, text, expected] of paragraphs) {
  test(`toParagraphs: ${label}`, () => assert.equal(toParagraphs(text), expected));
}

test.run();
