/**
 * Scalar conversions with PowerShell's failure texts: switches, Int32, Boolean, DateTime and
 * String (enums: convert-enum.ts). Each returns the value
 * or throws a PcshError naming the parameter.
 *
 * @module
 */
import { cannotConvert, cannotConvertArgument } from './binding-errors.ts';
import { isHashtable, psToString } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { quotePrefix } from './value-limits.ts';

export interface ConvertTarget {
  command: string;
  name: string;
  /** The element's .NET name, for messages. */
  dotNet: string;
  /** Where a model value sits, for messages: LineItems[0]; the parameter name when not set. */
  path?: string;
}

function psTypeOf(value: PsValue): string {
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  if (Array.isArray(value)) return 'System.Object[]';
  if (isHashtable(value)) return 'System.Collections.Hashtable';
  return 'null';
}

/** Switch and Boolean values: $true/$false, True/False (what pwsh passes), true/false, numbers. */
export function toBoolean(target: ConvertTarget, value: PsValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === 'true' || t === '$true') return true;
    if (t === 'false' || t === '$false') return false;
    if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t) !== 0;
  }
  throw cannotConvertArgument(target.command, target.name, psTypeOf(value), target.dotNet);
}

/** .NET's Convert.ToInt32 rounding: halves go to the even neighbour (2.5 → 2, 1.5 → 2). */
function roundHalfEven(n: number): number {
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff !== 0.5) return Math.round(n);
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Int32; $null stays null for the validation attributes (ValidateRange on -OutBuffer refuses it). */
export function toInt32(target: ConvertTarget, value: PsValue): number | null {
  if (value === null) return null;
  if (Array.isArray(value)) throw cannotConvertArgument(target.command, target.name, 'System.Object[]', 'System.Int32', 'Specified method is not supported.');
  const text = psToString(value);
  const n = typeof value === 'number' ? value : /^\s*[+-]?(\d+(\.\d*)?|0x[0-9a-f]+)\s*$/i.test(text) ? Number(text.trim()) : NaN;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Number.isNaN(n) || isHashtable(value)) {
    throw cannotConvert(target.command, target.name, text, 'System.Int32', `The input string '${quotePrefix(text)}' was not in a correct format.`);
  }
  const rounded = roundHalfEven(n);
  if (rounded > 2147483647 || rounded < -2147483648) {
    throw cannotConvert(target.command, target.name, text, 'System.Int32', 'Value was either too large or too small for an Int32.');
  }
  return rounded;
}

export function toDateTime(target: ConvertTarget, value: PsValue): string {
  const text = psToString(value).trim();
  const time = typeof value === 'string' && text !== '' ? Date.parse(text) : NaN;
  if (Number.isNaN(time)) {
    throw cannotConvert(target.command, target.name, text, 'System.DateTime', `String '${quotePrefix(text)}' was not recognized as a valid DateTime.`);
  }
  return new Date(time).toISOString();
}

/** A [string] parameter: text as typed, a number as its text, a Boolean as True/False; an array never converts. */
export function toStringValue(target: ConvertTarget, value: PsValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) throw cannotConvertArgument(target.command, target.name, 'System.Object[]', 'System.String', 'Specified method is not supported.');
  return psToString(value);
}
