/**
 * One parameter's raw value → its typed value, through the type table (parameter-types.ts). Text
 * values are read as PowerShell literals (falling back to the text itself); structured types also
 * take JSON, `@file` and `-` (stdin); secrets never come from argv text.
 *
 * @module
 */
import type { PcshError } from '../core/error-record.ts';
import { cannotBind, cannotConvertArgument, parameterBindingFailed, transformationError, validationError } from './binding-errors.ts';
import type { ConvertTarget } from './convert-scalar.ts';
import { LineItemError } from './line-item.ts';
import { LiteralSyntaxError, fromJson } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { parseArgument } from './literal/parse-literal.ts';
import type { ParamDef } from './parameter-table.ts';
import { parameterType } from './parameter-types.ts';
import type { ResolvedType } from './parameter-types.ts';
import type { RawValue } from './raw-value.ts';
import { secretValue } from './secret-value.ts';
import { ValueTextError, isStringifiedObject, readStructuredText, stringifiedObjectMessage } from './structured-text.ts';
import type { BinderIo } from './types.ts';

function wrap(target: ConvertTarget, error: unknown): PcshError | unknown {
  if (error instanceof ValueTextError) return transformationError(target.command, target.name, error.message);
  if (error instanceof LineItemError) {
    if (error.stage === 'conversion') return cannotBind(target.command, target.name, error.message);
    return error.stage === 'validation'
      ? validationError(target.command, target.name, error.message)
      : transformationError(target.command, target.name, error.message);
  }
  return error;
}

/** A number typed for a [string] parameter keeps its text (`007`, `0x10`, `-0`), as PowerShell keeps a command argument's text. */
function keepNumberText(value: PsValue, text: string): PsValue {
  if (typeof value === 'number') return text.trim();
  if (!Array.isArray(value) || /['"@($]/.test(text)) return value;
  const pieces = text.split(',');
  return pieces.length === value.length ? value.map((v, i) => (typeof v === 'number' ? pieces[i]!.trim() : v)) : value;
}

/** Text → PsValue: structured types read JSON/@file/-/literals; others read a literal or keep the text. */
function readText(target: ConvertTarget, type: ResolvedType, text: string, io: BinderIo): PsValue {
  if (type.element.reads === 'structured') return readStructuredText(text, target.name, io);
  if (isStringifiedObject(text, false)) throw new ValueTextError(stringifiedObjectMessage(text, target.name));
  try {
    const value = parseArgument(text);
    if (type.element.name === 'String') return keepNumberText(value, text);
    // An enum takes an Int32 by value; any other number (1.0, 1e3) is matched as the text typed.
    if (type.element.members !== undefined && typeof value === 'number' && !/^\s*[+-]?(\d+|0x[0-9a-f]+)\s*$/i.test(text)) return text.trim();
    return value;
  } catch (error) {
    if (error instanceof LiteralSyntaxError) return text;
    throw error;
  }
}

function readRaw(target: ConvertTarget, type: ResolvedType, raw: RawValue, io: BinderIo): PsValue {
  switch (raw.kind) {
    case 'present':
      return true;
    case 'text':
      return readText(target, type, raw.text, io);
    case 'texts':
      return raw.texts.flatMap((t) => {
        const v = readText(target, type, t, io);
        return Array.isArray(v) ? v : [v];
      });
    case 'data':
      if (typeof raw.value === 'string' && type.element.reads === 'structured') return readStructuredText(raw.value, target.name, io);
      return fromJson(raw.value);
  }
}

export function convertValue(command: string, def: ParamDef, raw: RawValue, io: BinderIo): unknown {
  const type = parameterType(def.type, def.info?.acceptedValues);
  const target: ConvertTarget = { command, name: def.name, dotNet: type.element.dotNet };
  try {
    if (type.element.reads === 'secret') return secretValue(target, type.element.name, raw);
    return convertPsValue(target, type, readRaw(target, type, raw, io));
  } catch (error) {
    throw wrap(target, error);
  }
}

function convertPsValue(target: ConvertTarget, type: ResolvedType, value: PsValue): unknown {
  const { element, isArray } = type;
  const members = element.members ?? [];
  // `-Verbose:$null` is present, as in PowerShell.
  if (element.name === 'SwitchParameter' && value === null) return true;
  if (isArray) {
    if (value === null) return null;
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, i) => (item === null ? null : element.convert({ ...target, path: `${target.name}[${i}]` }, item, members)));
  }
  if (Array.isArray(value) && element.reads === 'structured') {
    throw cannotConvertArgument(target.command, target.name, 'System.Object[]', target.dotNet, 'Specified method is not supported.');
  }
  if (value === null && element.members === undefined) return null;
  const converted = element.convert(target, value, members);
  return element.name === 'ActionPreference' ? checkActionPreference(target, converted as string) : converted;
}

/** Suspend is reserved (PowerShell's own refusal); Break needs a debugger pcsh does not have outside pwsh. */
function checkActionPreference(target: ConvertTarget, member: string): string {
  if (member === 'Suspend') {
    throw parameterBindingFailed(
      target.command,
      target.name,
      `Exception setting "${target.name}": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`,
    );
  }
  if (member === 'Break') {
    throw transformationError(
      target.command,
      target.name,
      'The value Break enters the PowerShell debugger, which pcsh does not have outside pwsh. Use Stop, Continue, Inquire, SilentlyContinue or Ignore.',
    );
  }
  return member;
}
