/**
 * A small recursive-descent reader for the PowerShell literals a user types as a parameter
 * value: 'single' and "double" strings, numbers, $true $false $null, comma arrays, @(…),
 * hashtables @{Key='v'; Other=10; Nested=@{a='b'}} and arrays of them. Nothing is evaluated:
 * no variables, no commands. Bare words inside @{…} are read as strings (pwsh would try to run
 * them as commands; pcsh is lenient there).
 *
 * @module
 */
import { Cursor, isQuoteCode, readNumber, readQuoted } from './cursor.ts';
import { CODE, isWhiteSpace } from './char-codes.ts';
import { PsHashtable } from './ps-value.ts';
import type { PsValue } from './ps-value.ts';

const EXPRESSION_DELIMITER = /[\s,;)}=]/;
const ARGUMENT_DELIMITER = /[\s,]/;
const CONSTANTS: Readonly<Record<string, PsValue>> = { $true: true, $false: false, $null: null };
/** readStructured's "nothing structured here" (no PsValue is a symbol; no object per element). */
const NOT_STRUCTURED = Symbol('not structured');

/**
 * A command-line argument as pwsh reads it in argument mode: a comma list of elements, where a
 * bare element is everything up to the next top-level comma (spaces included: the shell already
 * split the words). A single bare word comes back exactly as given.
 */
export function parseArgument(text: string): PsValue {
  const c = new Cursor(text);
  const items: PsValue[] = [];
  for (;;) {
    if (items.length > 0) c.skipSpace(true);
    items.push(readArgumentElement(c, items.length === 0));
    c.skipSpace();
    if (c.done) break;
    if (c.peek() !== ',') c.fail(`Unexpected token '${c.text.slice(c.pos, c.pos + 20)}' in the value.`);
    c.pos++;
    c.skipSpace(true);
    if (c.done) c.fail("Missing expression after ','.");
  }
  return items.length === 1 ? (items[0] as PsValue) : items;
}

/** A whole text in expression mode, e.g. a file holding `@{…},@{…}`. */
export function parseExpressionText(text: string): PsValue {
  const c = new Cursor(text);
  c.skipSpace(true);
  const value = readValue(c);
  c.skipSpace(true);
  if (!c.done) c.fail(`Unexpected token '${c.text.slice(c.pos, c.pos + 20)}' in the value.`);
  return value;
}

function readArgumentElement(c: Cursor, first: boolean): PsValue {
  const structured = readStructured(c);
  if (structured !== NOT_STRUCTURED) return structured;
  const number = readNumber(c, ARGUMENT_DELIMITER);
  if (number !== undefined) return number;
  const start = c.pos;
  while (!c.done && c.peek() !== ',') c.pos++;
  const word = c.text.slice(start, c.pos);
  const key = word.trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(CONSTANTS, key)) return CONSTANTS[key] ?? null;
  return first && c.done ? word : word.trimEnd();
}

/** Quoted strings, @(…), @{…} and $true/$false/$null: the elements both modes share; else NOT_STRUCTURED. */
function readStructured(c: Cursor): PsValue | typeof NOT_STRUCTURED {
  const code = c.code();
  if (isQuoteCode(code)) return readQuoted(c);
  if (code === CODE.at && c.code(1) === CODE.openBrace) return readHashtable(c);
  if (code === CODE.at && c.code(1) === CODE.openParen) return readArraySubexpression(c);
  if (code === CODE.dollar) {
    const match = /^\$(true|false|null)(?![\w:])/i.exec(c.text.slice(c.pos, c.pos + 7));
    if (match) {
      c.pos += match[0].length;
      return CONSTANTS[match[0].toLowerCase()] ?? null;
    }
  }
  return NOT_STRUCTURED;
}

/** value := element (',' element)* — a comma makes an array. */
function readValue(c: Cursor): PsValue {
  const first = readElement(c);
  c.skipSpace();
  if (c.peek() !== ',') return first;
  const items: PsValue[] = [first];
  while (c.peek() === ',') {
    c.pos++;
    c.skipSpace(true);
    if (c.done) c.fail("Missing expression after ','.");
    items.push(readElement(c));
    c.skipSpace();
  }
  return items;
}

function readElement(c: Cursor): PsValue {
  c.enter();
  try {
    const structured = readStructured(c);
    if (structured !== NOT_STRUCTURED) return structured;
    if (c.peek() === '(') return readParenthesised(c);
    const number = readNumber(c, EXPRESSION_DELIMITER);
    if (number !== undefined) return number;
    if (c.peek() === '$') c.fail(`The variable '${bareWord(c)}' cannot be used here: pcsh reads literal values only.`);
    const word = bareWord(c);
    if (word === '') c.fail(c.done ? 'Missing a value.' : `Unexpected token '${c.peek()}' in the value.`);
    return word;
  } finally {
    c.leave();
  }
}

/** Up to an expression delimiter (`[\s,;)}=]`) or a quote. */
function bareWord(c: Cursor): string {
  const start = c.pos;
  for (let code = c.code(); !c.done && !isExpressionDelimiter(code) && !isQuoteCode(code); code = c.code()) c.pos++;
  return c.text.slice(start, c.pos);
}

function isExpressionDelimiter(code: number): boolean {
  return code === CODE.comma || code === CODE.semicolon || code === CODE.closeParen || code === CODE.closeBrace || code === CODE.equals || isWhiteSpace(code);
}

function isLineBreak(code: number): boolean {
  return code === CODE.cr || code === CODE.lf;
}

function readParenthesised(c: Cursor): PsValue {
  c.pos++;
  c.skipSpace(true);
  const value = readValue(c);
  c.skipSpace(true);
  if (c.peek() !== ')') c.fail("Missing closing ')' in expression.");
  c.pos++;
  return value;
}

/** @( statements ) — statements separated by ';' or line breaks, results flattened one level. */
function readArraySubexpression(c: Cursor): PsValue[] {
  c.enter();
  c.pos += 2;
  const items: PsValue[] = [];
  for (;;) {
    skipSeparators(c);
    if (c.peek() === ')') break;
    if (c.done) c.fail("Missing closing ')' in subexpression.");
    const value = readValue(c);
    if (Array.isArray(value)) items.push(...value);
    else items.push(value);
    c.skipSpace();
    if (c.done) c.fail("Missing closing ')' in subexpression.");
    if (c.peek() !== ')' && c.peek() !== ';' && !isLineBreak(c.code())) c.fail(`Unexpected token '${c.peek()}' in the value.`);
  }
  c.pos++;
  c.leave();
  return items;
}

/** `[\s;]`: between statements and hashtable entries. */
function skipSeparators(c: Cursor): void {
  for (let code = c.code(); !c.done && (code === CODE.semicolon || isWhiteSpace(code)); code = c.code()) c.pos++;
}

/** @{ key = value (; or newline) … } — keys case-insensitive, duplicates refused as pwsh does. */
function readHashtable(c: Cursor): PsHashtable {
  c.enter();
  c.pos += 2;
  const table = new PsHashtable();
  for (;;) {
    skipSeparators(c);
    if (c.peek() === '}') break;
    if (c.done) c.fail("Missing closing '}' in statement block or type definition.");
    const key = readKey(c);
    c.skipSpace();
    if (c.peek() !== '=') c.fail(`Missing '=' operator after key in hash literal.`);
    c.pos++;
    c.skipSpace(true);
    if (c.done || c.peek() === '}' || c.peek() === ';') c.fail('Missing statement after \'=\' in hash literal.');
    if (!table.add(key, readValue(c))) c.fail(`Duplicate keys '${key}' are not allowed in hash literals.`);
    c.skipSpace();
    if (c.done) c.fail("Missing closing '}' in statement block or type definition.");
    if (c.peek() !== '}' && c.peek() !== ';' && !isLineBreak(c.code())) c.fail(`Unexpected token '${c.peek()}' in the hash literal.`);
  }
  c.pos++;
  c.leave();
  return table;
}

/** `[\s=;}]`: what ends a bare hashtable key. */
function endsKey(code: number): boolean {
  return code === CODE.equals || code === CODE.semicolon || code === CODE.closeBrace || isWhiteSpace(code);
}

function readKey(c: Cursor): string {
  if (isQuoteCode(c.code())) return readQuoted(c);
  const start = c.pos;
  while (!c.done && !endsKey(c.code())) c.pos++;
  const key = c.text.slice(start, c.pos);
  if (key === '') c.fail('Missing key before \'=\' in hash literal.');
  return key;
}
