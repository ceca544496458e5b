/**
 * One parameter's raw value → its typed value, by the registry's type string. Text values are
 * read as PowerShell literals (falling back to the text itself for plain strings); structured
 * types also take JSON, `@file` and `-` (stdin). Secrets never come from argv.
 *
 * @module
 */
import type { PcshError } from '../core/error-record.ts';
import { cannotConvertArgument, transformationError, validationError } from './binding-errors.ts';
import { toActionPreference, toBoolean, toDateTime, toEnum, toInt32 } from './convert-scalar.ts';
import type { ConvertTarget } from './convert-scalar.ts';
import { LineItemError, toLineItem } from './line-item.ts';
import { LiteralSyntaxError, fromJson, isHashtable, psToString, toPlain } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { parseArgument } from './literal/parse-literal.ts';
import type { ParamDef } from './parameter-table.ts';
import type { RawValue } from './raw-value.ts';
import { ValueTextError, isStringifiedObject, readStructuredText, stringifiedObjectMessage } from './structured-text.ts';
import type { BinderIo } from './types.ts';
import { quotePrefix } from './value-limits.ts';

const STRUCTURED = new Set(['pscartlineitem', 'hashtable']);

function baseType(type: string): { base: string; isArray: boolean } {
  const isArray = type.endsWith('[]');
  return { base: (isArray ? type.slice(0, -2) : type).toLowerCase(), isArray };
}

function wrap(target: ConvertTarget, error: unknown): PcshError | unknown {
  if (error instanceof ValueTextError) return transformationError(target.command, target.name, error.message);
  if (error instanceof LineItemError) {
    return error.stage === 'validation'
      ? validationError(target.command, target.name, error.message)
      : transformationError(target.command, target.name, error.message);
  }
  return error;
}

/** Text → PsValue: structured types read JSON/@file/-/literals; others read a literal or keep the text. */
function readText(target: ConvertTarget, text: string, io: BinderIo): PsValue {
  const { base } = baseType(target.type);
  if (STRUCTURED.has(base)) return readStructuredText(text, target.name, io);
  if (isStringifiedObject(text, false)) throw new ValueTextError(stringifiedObjectMessage(text, target.name));
  try {
    const value = parseArgument(text);
    // A number token bound to a [string] keeps its text, as pwsh passes `-SkuId 0001` as '0001', not '1'.
    return typeof value === 'number' && base === 'string' ? text.trim() : value;
  } catch (error) {
    if (error instanceof LiteralSyntaxError) return text;
    throw error;
  }
}

function readRaw(target: ConvertTarget, raw: RawValue, io: BinderIo): PsValue {
  switch (raw.kind) {
    case 'present':
      return true;
    case 'text':
      return readText(target, raw.text, io);
    case 'texts':
      return raw.texts.flatMap((t) => {
        const v = readText(target, t, io);
        return Array.isArray(v) ? v : [v];
      });
    case 'data':
      if (typeof raw.value === 'string' && STRUCTURED.has(baseType(target.type).base)) return readStructuredText(raw.value, target.name, io);
      return fromJson(raw.value);
  }
}

export function convertValue(command: string, def: ParamDef, raw: RawValue, io: BinderIo): unknown {
  const target: ConvertTarget = { command, name: def.name, type: def.type };
  try {
    const secret = secretValue(target, raw);
    if (secret !== undefined) return secret;
    return convertPsValue(target, def, readRaw(target, raw, io));
  } catch (error) {
    throw wrap(target, error);
  }
}

/** PSCredential and SecureString: argv gives at most the user name, never a secret. */
function secretValue(target: ConvertTarget, raw: RawValue): unknown {
  const { base } = baseType(target.type);
  if (base === 'securestring') {
    if (raw.kind === 'data' && typeof raw.value === 'string') return raw.value;
    throw transformationError(
      target.command,
      target.name,
      'A SecureString cannot be given as plain text on the command line. Leave the parameter out to be asked for it on a terminal, or pass it from pwsh through the pcsh PowerShell module (Import-Module PartnerCenter).',
    );
  }
  if (base !== 'pscredential') return undefined;
  if (raw.kind === 'data' && raw.value !== null && typeof raw.value === 'object' && !Array.isArray(raw.value)) {
    const data = raw.value as Record<string, unknown>;
    const user = data['UserName'] ?? data['userName'];
    if (typeof user === 'string') return typeof data['Password'] === 'string' ? { UserName: user, Password: data['Password'] } : { UserName: user };
  }
  const text = raw.kind === 'text' ? raw.text : raw.kind === 'data' && typeof raw.value === 'string' ? raw.value : undefined;
  if (text === undefined || isStringifiedObject(text, true) || text.trim().startsWith('@{')) {
    throw transformationError(
      target.command,
      target.name,
      `A PSCredential cannot be read from "${quotePrefix(text ?? rawTextOf(raw))}". On a command line give the user name or application id as the value; the secret comes from PCSH_CLIENT_SECRET or a hidden prompt. From pwsh, pass the PSCredential object through the pcsh PowerShell module (Import-Module PartnerCenter).`,
    );
  }
  return { UserName: text };
}

function rawTextOf(raw: RawValue): string {
  return raw.kind === 'texts' ? raw.texts.join(',') : '';
}

function convertPsValue(target: ConvertTarget, def: ParamDef, value: PsValue): unknown {
  const { base, isArray } = baseType(def.type);
  const accepted = def.info?.acceptedValues ?? [];
  if (base === 'switchparameter' || base === 'boolean') return toBoolean(target, value);
  if (base === 'pscartlineitem') return convertLineItems(target, value, isArray);
  if (base === 'hashtable') {
    if (!isHashtable(value)) throw new ValueTextError(`Cannot convert the "${quotePrefix(psToString(value))}" value to type "System.Collections.Hashtable": write @{Key='value'} or a JSON object.`);
    return toPlain(value);
  }
  if (base === 'actionpreference') return toActionPreference(target, value);
  if (value === null) return null;
  if (isArray) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => convertScalar(target, base, accepted, item));
  }
  return convertScalar(target, base, accepted, value);
}

function convertScalar(target: ConvertTarget, base: string, accepted: readonly string[], value: PsValue): unknown {
  if (base === 'int32' || base === 'int') return toInt32(target, value);
  if (base === 'datetime') return toDateTime(target, value);
  if (accepted.length > 0 && base !== 'string') return toEnum(target, value, accepted);
  // A compiled cmdlet's [string] parameter refuses an array (Get-Help -Name a,b in the engine).
  if (Array.isArray(value) && value.length > 1) {
    throw cannotConvertArgument(target.command, target.name, 'System.Object[]', 'System.String', 'Specified method is not supported.');
  }
  return value === null ? null : psToString(value);
}

function convertLineItems(target: ConvertTarget, value: PsValue, isArray: boolean): unknown {
  if (value === null) return null;
  if (!isArray) {
    if (Array.isArray(value)) {
      if (value.length !== 1) throw new LineItemError(`${target.name} takes one line item, not ${value.length}.`, 'transformation');
      return toLineItem(value[0] as PsValue, target.name);
    }
    return toLineItem(value, target.name);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => toLineItem(item, `${target.name}[${i}]`));
}
