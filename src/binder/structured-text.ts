/**
 * Reads the text of a structured parameter value (line items, hashtables) into a PsValue:
 * JSON (`[…]` or `{…}`), `@path` (a file, relative to the working directory), `-` (stdin),
 * or a PowerShell literal (`@{…}`, `@{…},@{…}`, `@(…)`). A stringified .NET object (what
 * pwsh passes a native program for a hashtable or an object) is refused with advice.
 *
 * @module
 */
import { isAbsolute, resolve } from 'node:path';
import { LiteralSyntaxError, fromJson } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { parseArgument, parseExpressionText } from './literal/parse-literal.ts';
import type { BinderIo } from './types.ts';
import { InputTooLargeError } from '../core/bounded-read.ts';
import { quotePrefix } from './value-limits.ts';

/** Thrown for input pcsh cannot turn into a value; the binder wraps it with the parameter name. */
export class ValueTextError extends Error {
  constructor(
    message: string,
    readonly errorId: string = 'ParameterArgumentTransformationError',
  ) {
    super(message);
    this.name = 'ValueTextError';
  }
}

const KNOWN_STRINGIFIED = new Set(
  [
    'System.Collections.Hashtable',
    'System.Object[]',
    'System.Management.Automation.PSCustomObject',
    'System.Management.Automation.PSObject',
    'System.Management.Automation.PSCredential',
    'System.Security.SecureString',
    'System.Collections.Specialized.OrderedDictionary',
    'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem',
    'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[]',
    'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart',
  ].map((s) => s.toLowerCase()),
);

const TYPE_NAME = /^(System|Microsoft)\.[A-Za-z0-9_.`]+(\[[^\]]*\])*$/;

/** True for `System.Collections.Hashtable`-like text; `anyTypeName` also takes any System or Microsoft type name. */
export function isStringifiedObject(text: string, anyTypeName: boolean): boolean {
  const t = text.trim();
  return KNOWN_STRINGIFIED.has(t.toLowerCase()) || (anyTypeName && TYPE_NAME.test(t));
}

export function stringifiedObjectMessage(text: string, parameter: string): string {
  return (
    `The value "${text.trim()}" is the name of a .NET type, not the object itself: pwsh passes an object to a native program as its type name. ` +
    `To pass structured values from pwsh, run Import-Module PartnerCenter (the pcsh PowerShell module binds objects directly), ` +
    `or pass JSON: -${parameter} ($items | ConvertTo-Json -Depth 5 -Compress).`
  );
}

export function readStructuredText(text: string, parameter: string, io: BinderIo): PsValue {
  const trimmed = text.trim();
  if (trimmed === '-') return parseJson(readSource(() => io.readStdin(), 'standard input'), 'standard input');
  if (trimmed.startsWith('@') && !trimmed.startsWith('@{') && !trimmed.startsWith('@(')) {
    return readFileValue(trimmed.slice(1), io);
  }
  if (isStringifiedObject(trimmed, true)) throw new ValueTextError(stringifiedObjectMessage(trimmed, parameter));
  return withArgumentLimitHint(text, parameter, () =>
    trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJson(trimmed, 'the value') : parseLiteral(() => parseArgument(text)));
}

/**
 * A value over the OS argument limit never reaches pcsh: Linux and macOS refuse the exec (E2BIG,
 * "Argument list too long", 128 KiB per argument on Linux), cmd.exe stops at 8,191 characters.
 * What pcsh can see is a long value that does not parse (cut by a shell on the way): that error
 * names the two ways around the limit. 8,000 leaves room for cmd's own part of the line.
 */
export const LONG_ARGUMENT_LENGTH = 8_000;

function withArgumentLimitHint(text: string, parameter: string, read: () => PsValue): PsValue {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ValueTextError) || text.length < LONG_ARGUMENT_LENGTH) throw error;
    throw new ValueTextError(`${error.message} The value is ${text.length.toLocaleString('en-US')} characters long: a value this long may have been cut ` +
      `by the shell, and one over the OS argument limit is refused before pcsh starts ("Argument list too long"). ` +
      `Pass it from a file (-${parameter} @items.json) or on standard input (-${parameter} -).`, error.errorId);
  }
}

function readFileValue(path: string, io: BinderIo): PsValue {
  if (path === '') throw new ValueTextError('The value "@" names no file: write @path/to/items.json.');
  const full = isAbsolute(path) ? path : resolve(io.cwd, path);
  const content = readSource(() => io.readFile(full), `the file "${quotePrefix(path)}"`);
  const body = content.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('[') || body.startsWith('{')) return parseJson(body, `the file "${path}"`);
  return parseLiteral(() => parseExpressionText(body));
}

/** A value source's text; any failure (missing, unreadable, over the size limit) as a ValueTextError. */
function readSource(read: () => string, source: string): string {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValueTextError(`Cannot read ${source}: ${reason}`, error instanceof InputTooLargeError ? 'InputTooLarge' : undefined);
  }
}

function parseJson(text: string, source: string): PsValue {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/ \(line \d+ column \d+\)$/, '');
    throw new ValueTextError(`The JSON in ${source} is not valid: ${reason}`);
  }
  return parseLiteral(() => fromJson(data));
}

function parseLiteral(read: () => PsValue): PsValue {
  try {
    return read();
  } catch (error) {
    if (error instanceof LiteralSyntaxError) throw new ValueTextError(`The value is not a valid literal: ${error.message}`);
    if (error instanceof RangeError) throw new ValueTextError('The value is nested too deeply.');
    throw error;
  }
}
