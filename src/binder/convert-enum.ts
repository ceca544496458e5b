/**
 * A value → a .NET enum member, as PowerShell's parameter binder converts it: a name
 * case-insensitively, else a unique prefix (EnumMinimumDisambiguation: `-ea Si`), a number by its
 * value (`-ea 0`), several names or numbers combined bitwise (`-ErrorAction 1,2` is Inquire),
 * with PowerShell's texts when none of that works.
 *
 * @module
 */
import { cannotConvert, parameterBindingFailed } from './binding-errors.ts';
import { ExitCode, PcshError } from '../core/error-record.ts';
import { psToString } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { quotePrefix } from './value-limits.ts';

export interface EnumTarget {
  command: string;
  name: string;
  dotNet: string;
  /** Member names in declaration order; a member's value is its index. */
  members: readonly string[];
}

/** `… due to enumeration values that are not valid …`: a number no member has. */
function notValidValue(target: EnumTarget, shown: string): PcshError {
  const message = `Cannot bind parameter '${target.name}'. Cannot convert value "${quotePrefix(shown)}" to type "${target.dotNet}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${target.members.join(',')}".`;
  return new PcshError(message, {
    errorId: 'CannotConvertArgumentNoMessage', category: 'InvalidArgument', commandName: target.command, exitCode: ExitCode.Usage,
    details: { parameterName: target.name, value: shown, parameterType: target.dotNet },
  });
}

/**
 * A member by name. `item` is the name looked up; a list (`listed`) needs whole names and
 * PowerShell's message names the whole list (`shown`) instead of the item.
 */
function memberByName(target: EnumTarget, item: string, shown: string, listed: boolean): number {
  const text = listed ? shown : item;
  const folded = item.trim().toLowerCase();
  const exact = target.members.findIndex((m) => m.toLowerCase() === folded);
  if (exact >= 0) return exact;
  // Unique prefixes (EnumMinimumDisambiguation) only for a single value; a list needs whole names.
  const prefixed = listed ? [] : target.members.filter((m) => m.toLowerCase().startsWith(folded));
  if (prefixed.length === 1) return target.members.indexOf(prefixed[0]!);
  const reason = prefixed.length > 1
    ? `The identifier name ${quotePrefix(text)} cannot be processed because it is either too similar or identical to the following enumerator names: ${prefixed.join(', ')}. Use a more specific identifier name.`
    : `Unable to match the identifier name ${quotePrefix(text)} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${target.members.join(', ')}`;
  throw cannotConvert(target.command, target.name, shown, target.dotNet, reason);
}

/** One item's numeric value: an integer as itself, text as a name (or its number). */
function itemValue(target: EnumTarget, item: PsValue, shown: string, listed: boolean): number {
  if (typeof item === 'number' && Number.isInteger(item)) return item;
  if (typeof item === 'boolean') {
    throw cannotConvert(target.command, target.name, shown, target.dotNet, `Invalid cast from 'System.Boolean' to '${target.dotNet}'.`);
  }
  const text = psToString(item);
  if (/^\s*[+-]?\d+\s*$/.test(text)) return Number(text);
  return memberByName(target, text, shown, listed);
}

/** The member name, or a PcshError in PowerShell's words. */
export function toEnumMember(target: EnumTarget, value: PsValue): string {
  if (value === null) {
    throw parameterBindingFailed(
      target.command,
      target.name,
      `Exception setting "${target.name}": "Cannot convert null to type "${target.dotNet}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${target.members.join(',')}"."`,
    );
  }
  const items = Array.isArray(value) ? (value.length === 0 ? [''] : value) : [value];
  // A list is converted as its text joined with commas, and named so in messages.
  const shown = Array.isArray(value) ? value.map(psToString).join(',') : psToString(value);
  const listed = Array.isArray(value) && value.length > 1;
  // Several items combine bitwise, as PowerShell converts an array to an enum.
  const combined = items.reduce<number>((bits, item) => bits | itemValue(target, item, shown, listed), 0);
  const member = target.members[combined];
  if (member === undefined || combined < 0) throw notValidValue(target, shown);
  return member;
}
