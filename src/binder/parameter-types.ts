/**
 * The one table of parameter types: for each type a registry (platyPS) name can say, its .NET
 * name, the TypeScript type a handler receives, how argv text is read and the converter. The
 * binder, the stand-ins of the differential test and the generated parameter types all look types
 * up here; nothing else switches on type names. `T[]` is the element type's entry, applied to each
 * element. A type the table does not know binds as an enum when the registry lists accepted
 * values, else as text.
 *
 * @module
 */
import { PS_TYPE_NAMES } from '../partner-center/models.ts';
import { toBoolean, toDateTime, toInt32, toStringValue, type ConvertTarget } from './convert-scalar.ts';
import { toEnumMember } from './convert-enum.ts';
import { toLineItem } from './line-item.ts';
import { isHashtable, psToString, toPlain, type PsValue } from './literal/ps-value.ts';
import { ValueTextError } from './structured-text.ts';
import { quotePrefix } from './value-limits.ts';

/** ActionPreference in declaration order (a member's value is its index). */
const ACTION_PREFERENCES = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'] as const;

export interface ParameterType {
  /** The registry's spelling of the element type. */
  name: string;
  dotNet: string;
  /** The TypeScript type of one bound element (scripts/build/generate-parameter-types.ts). */
  ts: string;
  /** literal: a PowerShell literal or the text itself; structured: also JSON, @file, `-`; secret: never argv text. */
  reads: 'literal' | 'structured' | 'secret';
  /** Enum members in declaration order, for enum types. */
  members?: readonly string[];
  /** One element → its bound value, or a PcshError / ValueTextError in PowerShell's words. */
  convert(target: ConvertTarget, value: PsValue, members: readonly string[]): unknown;
}

const enumConvert = (target: ConvertTarget, value: PsValue, members: readonly string[]): unknown =>
  toEnumMember({ command: target.command, name: target.name, dotNet: target.dotNet, members }, value);

function hashtable(target: ConvertTarget, value: PsValue): unknown {
  if (!isHashtable(value)) throw new ValueTextError(`Cannot convert the "${quotePrefix(psToString(value))}" value to type "System.Collections.Hashtable": write @{Key='value'} or a JSON object.`);
  return toPlain(value);
}

const ENTRIES: readonly ParameterType[] = [
  { name: 'String', dotNet: 'System.String', ts: 'string', reads: 'literal', convert: toStringValue },
  { name: 'Int32', dotNet: 'System.Int32', ts: 'number', reads: 'literal', convert: toInt32 },
  { name: 'Int', dotNet: 'System.Int32', ts: 'number', reads: 'literal', convert: toInt32 },
  { name: 'Boolean', dotNet: 'System.Boolean', ts: 'boolean', reads: 'literal', convert: toBoolean },
  { name: 'Bool', dotNet: 'System.Boolean', ts: 'boolean', reads: 'literal', convert: toBoolean },
  { name: 'SwitchParameter', dotNet: 'System.Management.Automation.SwitchParameter', ts: 'boolean', reads: 'literal', convert: toBoolean },
  { name: 'DateTime', dotNet: 'System.DateTime', ts: 'Date', reads: 'literal', convert: toDateTime },
  { name: 'Object', dotNet: 'System.Object', ts: 'unknown', reads: 'literal', convert: (_t, v) => toPlain(v) },
  { name: 'Hashtable', dotNet: 'System.Collections.Hashtable', ts: 'Record<string, unknown>', reads: 'structured', convert: hashtable },
  { name: 'PSCredential', dotNet: 'System.Management.Automation.PSCredential', ts: 'unknown', reads: 'secret', convert: (_t, v) => v },
  { name: 'SecureString', dotNet: 'System.Security.SecureString', ts: 'string', reads: 'secret', convert: (_t, v) => v },
  {
    name: 'ActionPreference', dotNet: 'System.Management.Automation.ActionPreference', ts: 'string', reads: 'literal',
    members: ACTION_PREFERENCES, convert: enumConvert,
  },
  { name: 'EnvironmentName', dotNet: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName', ts: 'string', reads: 'literal', convert: enumConvert },
  { name: 'PSCartLineItem', dotNet: PS_TYPE_NAMES.PSCartLineItem, ts: 'PSCartLineItem', reads: 'structured', convert: (t, v) => toLineItem(v, t.path ?? t.name) },
];

const BY_NAME: ReadonlyMap<string, ParameterType> = new Map(ENTRIES.map((e) => [e.name.toLowerCase(), e]));

/** The table's entry for a registry type name (no `[]`), or undefined when the table does not know it. */
export function knownParameterType(name: string): ParameterType | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

export interface ResolvedType {
  element: ParameterType;
  isArray: boolean;
  /** The .NET name PowerShell prints, `[]` kept. */
  dotNet: string;
}

/** A registry type string (`PSCartLineItem[]`, `string`) → its table entry. */
export function parameterType(type: string, acceptedValues: readonly string[] = []): ResolvedType {
  const trimmed = type.trim();
  const isArray = trimmed.endsWith('[]');
  const base = isArray ? trimmed.slice(0, -2) : trimmed;
  const registered = BY_NAME.get(base.toLowerCase());
  // An enum whose members the registry lists (EnvironmentName): the help page is their one source.
  const known = registered && registered.convert === enumConvert && !registered.members ? { ...registered, members: acceptedValues } : registered;
  const element: ParameterType = known ?? (acceptedValues.length > 0
    ? { name: base, dotNet: base.includes('.') ? base : `System.${base}`, ts: 'string', reads: 'literal', members: acceptedValues, convert: enumConvert }
    : { name: base, dotNet: base.includes('.') ? base : `System.${base}`, ts: 'unknown', reads: 'literal', convert: toStringValue });
  return { element, isArray, dotNet: `${element.dotNet}${isArray ? '[]' : ''}` };
}

/** The .NET name PowerShell prints for a registry type, e.g. PSCartLineItem[] → …Carts.PSCartLineItem[]. */
export function dotNetTypeName(type: string): string {
  return parameterType(type).dotNet;
}

export function isSwitchType(type: string): boolean {
  return parameterType(type).element.name === 'SwitchParameter';
}
