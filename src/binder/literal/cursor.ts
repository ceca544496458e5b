/**
 * A read position over literal text, with the small readers every part of the literal parser
 * shares: whitespace, quoted strings (PowerShell's escapes) and numbers.
 *
 * @module
 */
import { LiteralSyntaxError, MAX_DEPTH } from './ps-value.ts';

export class Cursor {
  pos = 0;
  depth = 0;

  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.pos);
  }

  fail(message: string): never {
    throw new LiteralSyntaxError(message, this.pos);
  }

  /** Spaces and tabs; with `newlines`, line breaks too. */
  skipSpace(newlines = false): void {
    const pattern = newlines ? /[ \t\r\n\f\v\u00A0]/ : /[ \t\f\v\u00A0]/;
    while (!this.done && pattern.test(this.peek())) this.pos++;
  }

  enter(): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) this.fail('The value is nested too deeply.');
  }

  leave(): void {
    this.depth--;
  }
}

const BACKTICK_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const OPEN_SINGLE = "'\u2018\u2019\u201A\u201B";
const OPEN_DOUBLE = '"\u201C\u201D\u201E';

export function isQuote(ch: string): boolean {
  return ch !== '' && (OPEN_SINGLE.includes(ch) || OPEN_DOUBLE.includes(ch));
}

/** 'single' ('' is one quote) or "double" (backtick escapes, "" is one quote). */
export function readQuoted(c: Cursor): string {
  const double = OPEN_DOUBLE.includes(c.peek());
  const closers = double ? OPEN_DOUBLE : OPEN_SINGLE;
  const start = c.pos;
  c.pos++;
  let out = '';
  while (!c.done) {
    const ch = c.peek();
    if (closers.includes(ch)) {
      if (c.peek(1) !== '' && closers.includes(c.peek(1))) {
        out += ch;
        c.pos += 2;
        continue;
      }
      c.pos++;
      return out;
    }
    if (double && ch === '`' && c.pos + 1 < c.text.length) {
      out += readBacktick(c);
      continue;
    }
    out += ch;
    c.pos++;
  }
  c.pos = start;
  return c.fail(`The string is missing the terminator: ${double ? '"' : "'"}.`);
}

function readBacktick(c: Cursor): string {
  const next = c.peek(1);
  if (next === 'u' && c.peek(2) === '{') {
    const end = c.text.indexOf('}', c.pos + 3);
    const hex = end < 0 ? '' : c.text.slice(c.pos + 3, end);
    const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
    if (!(code <= 0x10ffff)) c.fail('The Unicode escape sequence is not valid: use `u{XXXX}.');
    c.pos = end + 1;
    return String.fromCodePoint(code);
  }
  c.pos += 2;
  return BACKTICK_ESCAPES[next] ?? next;
}

const NUMBER_SOURCE = '-?(?:0x[0-9a-fA-F]+|(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)';

/** A number when one is written here and followed by a delimiter; else undefined (nothing read). */
export function readNumber(c: Cursor, delimiters: RegExp): number | undefined {
  const number = new RegExp(NUMBER_SOURCE, 'y');
  number.lastIndex = c.pos;
  const match = number.exec(c.text);
  if (!match) return undefined;
  const end = c.pos + match[0].length;
  const after = c.text[end] ?? '';
  if (after !== '' && !delimiters.test(after)) return undefined;
  const text = match[0];
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const value = /^0x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body);
  c.pos = end;
  return negative ? -value : value;
}
