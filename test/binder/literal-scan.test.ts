/**
 * The literal parser's character classes and scanners (src/binder/literal/char-codes.ts,
 * cursor.ts) against the regular expressions they replaced (issue 15), as oracles: every UTF-16
 * code for the classes, a table plus random text for numbers, a table for quoted strings.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { isTokenSpace, isWhiteSpace } from '../../src/binder/literal/char-codes.ts';
import { Cursor, readNumber, readQuoted } from '../../src/binder/literal/cursor.ts';

test('isWhiteSpace is JavaScript \\s, and isTokenSpace the two token-space classes, for every UTF-16 code', () => {
  const mismatches: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const ch = String.fromCharCode(code);
    if (isWhiteSpace(code) !== /\s/.test(ch)) mismatches.push(`\\s ${code.toString(16)}`);
    if (isTokenSpace(code, false) !== /[ \t\f\v\u00A0]/.test(ch)) mismatches.push(`space ${code.toString(16)}`);
    if (isTokenSpace(code, true) !== /[ \t\r\n\f\v\u00A0]/.test(ch)) mismatches.push(`space+newline ${code.toString(16)}`);
  }
  assert.equal(mismatches, []);
});

const NUMBER = /-?(?:0x[0-9a-fA-F]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/y;
const DELIMITER = /[\s,;)}=]/;

/** The regex-based reader the scanner replaced: value and where reading stopped. */
function oracle(text: string): [number | undefined, number] {
  NUMBER.lastIndex = 0;
  const match = NUMBER.exec(text);
  if (!match) return [undefined, 0];
  const after = text[match[0].length] ?? '';
  if (after !== '' && !DELIMITER.test(after)) return [undefined, 0];
  const negative = match[0].startsWith('-');
  const body = negative ? match[0].slice(1) : match[0];
  const value = /^0x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body);
  return [negative ? -value : value, match[0].length];
}

function scanned(text: string): [number | undefined, number] {
  const c = new Cursor(text);
  return [readNumber(c, DELIMITER), c.pos];
}

const numberCases = ['0', '42', '-7', '1.5', '1.', '.5', '-.5', '1e3', '1E+3', '2e-2', '1e', '1e+', '0x1F', '0x', '0X1F', '-0x10', '-', '.', '..1',
  '12abc', '12 ', '12,3', '3;', '7)', '7}', '7=', 'P1M', '', '1.2.3', '00012', '1e5x'];
for (const text of numberCases) {
  test(`readNumber ${JSON.stringify(text)} reads as the regular expression did`, () => {
    assert.equal(scanned(text), oracle(text));
  });
}

test('readNumber agrees with the regular expression on random number-like text', () => {
  const piece = fc.constantFrom('-', '0', '1', '9', '.', 'e', 'E', '+', 'x', 'X', 'a', 'F', ' ', ',', ';', ')', '}', '=', 'z');
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (text) => {
    assert.equal(scanned(text), oracle(text));
  }), { numRuns: 20000 });
});

const quotedCases: Array<[string, string, number]> = [
  ["'plain' rest", 'plain', 7],
  ["'it''s'", "it's", 7],
  ['"say ""hi"""', 'say "hi"', 12],
  ['"tab`there"', 'tab\there', 11],
  ['"`u{1F600}!"', '\u{1F600}!', 12],
  ["'back`tick'", 'back`tick', 11],
  ['\u2018typographic\u2019', 'typographic', 13],
  ['\u201cmixed"', 'mixed', 7],
  ["'single \" keeps double'", 'single " keeps double', 23],
];
for (const [text, value, end] of quotedCases) {
  test(`readQuoted ${JSON.stringify(text)}`, () => {
    const c = new Cursor(text);
    assert.is(readQuoted(c), value);
    assert.is(c.pos, end);
  });
}

test('readQuoted: an unterminated string fails at its opening quote', () => {
  const c = new Cursor("x = 'open");
  c.pos = 4;
  assert.throws(() => readQuoted(c), /The string is missing the terminator: '\./);
  assert.is(c.pos, 4);
});

test.run();
