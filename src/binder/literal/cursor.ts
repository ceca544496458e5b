/**
 * A read position over literal text, with the small readers every part of the literal parser
 * shares: whitespace, quoted strings (PowerShell's escapes) and numbers.
 *
 * @module
 */
import { LiteralSyntaxError, MAX_DEPTH } from './ps-value.ts';
import { CODE, isDigit, isDoubleQuote, isHexDigit, isSingleQuote, isTokenSpace } from './char-codes.ts';

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

  /** The UTF-16 code at the position (NaN at the end): what the inner loops compare. */
  code(offset = 0): number {
    return this.text.charCodeAt(this.pos + offset);
  }

  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.pos);
  }

  fail(message: string): never {
    throw new LiteralSyntaxError(message, this.pos);
  }

  /** Spaces and tabs; with `newlines`, line breaks too. */
  skipSpace(newlines = false): void {
    while (this.pos < this.text.length && isTokenSpace(this.text.charCodeAt(this.pos), newlines)) this.pos++;
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

export function isQuoteCode(code: number): boolean {
  return isSingleQuote(code) || isDoubleQuote(code);
}

/**
 * 'single' ('' is one quote) or "double" (backtick escapes, "" is one quote). Any quote of the
 * same kind closes, as in PowerShell. Plain runs are copied with one slice, not per character.
 */
export function readQuoted(c: Cursor): string {
  const text = c.text;
  const double = isDoubleQuote(c.code());
  const closes = double ? isDoubleQuote : isSingleQuote;
  const start = c.pos;
  let pos = start + 1;
  let run = pos;
  let out = '';
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (closes(code)) {
      out += text.slice(run, pos);
      if (!closes(text.charCodeAt(pos + 1))) {
        c.pos = pos + 1;
        return out;
      }
      out += text[pos];
      pos += 2;
      run = pos;
    } else if (double && code === CODE.backtick && pos + 1 < text.length) {
      out += text.slice(run, pos);
      c.pos = pos;
      out += readBacktick(c);
      pos = c.pos;
      run = pos;
    } else {
      pos++;
    }
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

/**
 * Where a number written at `pos` ends, or -1: `-?(0x[0-9a-fA-F]+ | (\d+(\.\d*)? | \.\d+)([eE][+-]?\d+)?)`,
 * longest match first as the RegExp it replaces (a lower-case x only, as before).
 */
function numberEnd(text: string, start: number): number {
  let pos = text.charCodeAt(start) === CODE.minus ? start + 1 : start;
  if (text.charCodeAt(pos) === CODE.zero && text.charCodeAt(pos + 1) === CODE.lowerX && isHexDigit(text.charCodeAt(pos + 2))) {
    return digitsEnd(text, pos + 3, isHexDigit);
  }
  if (isDigit(text.charCodeAt(pos))) {
    pos = digitsEnd(text, pos, isDigit);
    if (text.charCodeAt(pos) === CODE.dot) pos = digitsEnd(text, pos + 1, isDigit);
  } else if (text.charCodeAt(pos) === CODE.dot && isDigit(text.charCodeAt(pos + 1))) {
    pos = digitsEnd(text, pos + 1, isDigit);
  } else {
    return -1;
  }
  const e = text.charCodeAt(pos);
  if (e === CODE.lowerE || e === CODE.upperE) {
    const sign = text.charCodeAt(pos + 1) === CODE.plus || text.charCodeAt(pos + 1) === CODE.minus ? 1 : 0;
    if (isDigit(text.charCodeAt(pos + 1 + sign))) pos = digitsEnd(text, pos + 1 + sign, isDigit);
  }
  return pos;
}

function digitsEnd(text: string, pos: number, isDigitCode: (code: number) => boolean): number {
  while (isDigitCode(text.charCodeAt(pos))) pos++;
  return pos;
}

/** A number when one is written here and followed by a delimiter; else undefined (nothing read). */
export function readNumber(c: Cursor, delimiters: RegExp): number | undefined {
  const end = numberEnd(c.text, c.pos);
  if (end < 0) return undefined;
  const after = c.text[end] ?? '';
  if (after !== '' && !delimiters.test(after)) return undefined;
  const text = c.text.slice(c.pos, end);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const value = /^0x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body);
  c.pos = end;
  return negative ? -value : value;
}
