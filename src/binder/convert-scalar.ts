/**
 * Scalar conversions with PowerShell's failure texts: switches, Int32, Boolean, DateTime,
 * enums (case-insensitive, canonical casing out) and ActionPreference. Each returns the value
 * or throws a PcshError naming the parameter.
 *
 * @module
 */
import { cannotConvert, cannotConvertArgument, parameterBindingFailed, transformationError } from './binding-errors.ts';
import { dotNetTypeName } from './parameter-table.ts';
import { isHashtable, psToString } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import type { ActionPreference } from './types.ts';
import { quotePrefix } from './value-limits.ts';

export interface ConvertTarget {
  command: string;
  name: string;
  type: string;
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
  throw cannotConvertArgument(target.command, target.name, psTypeOf(value), dotNetTypeName(target.type));
}

export function toInt32(target: ConvertTarget, value: PsValue): number {
  const text = psToString(value);
  const n = typeof value === 'number' ? value : /^\s*[+-]?(\d+(\.\d*)?|0x[0-9a-f]+)\s*$/i.test(text) ? Number(text.trim()) : NaN;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Number.isNaN(n) || Array.isArray(value) || isHashtable(value)) {
    throw cannotConvert(target.command, target.name, text, 'System.Int32', `The input string '${quotePrefix(text)}' was not in a correct format.`);
  }
  const rounded = Math.round(n);
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

function enumMatch(text: string, names: readonly string[]): string | undefined {
  const folded = text.trim().toLowerCase();
  return names.find((n) => n.toLowerCase() === folded);
}

/** A .NET enum parameter: PowerShell's conversion error lists the enumerator names. */
export function toEnum(target: ConvertTarget, value: PsValue, names: readonly string[]): string {
  const text = psToString(value);
  const found = typeof value === 'string' ? enumMatch(text, names) : undefined;
  if (found) return found;
  throw cannotConvert(
    target.command,
    target.name,
    text,
    dotNetTypeName(target.type),
    `Unable to match the identifier name ${quotePrefix(text)} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`,
  );
}

const ACTION_PREFERENCES = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'];

export function toActionPreference(target: ConvertTarget, value: PsValue): ActionPreference {
  const found = toEnum(target, value, ACTION_PREFERENCES);
  if (found === 'Suspend') {
    throw parameterBindingFailed(
      target.command,
      target.name,
      `Exception setting "${target.name}": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`,
    );
  }
  if (found === 'Break') {
    throw transformationError(
      target.command,
      target.name,
      'The value Break enters the PowerShell debugger, which pcsh does not have outside pwsh. Use Stop, Continue, Inquire, SilentlyContinue or Ignore.',
    );
  }
  return found as ActionPreference;
}
