/**
 * After conversion: the mandatory null and empty-array checks, then the validation attributes
 * (ValidateNotNull, ValidateNotNullOrEmpty, ValidatePattern, ValidateRange, ValidateSet for
 * string parameters with Accepted values), then the mandatory empty-string check — PowerShell's
 * order — with PowerShell's texts.
 *
 * @module
 */
import { emptyArrayNotAllowed, emptyStringNotAllowed, nullNotAllowed, validationError } from './binding-errors.ts';
import type { ParamDef } from './parameter-table.ts';
import { quotePrefix } from './value-limits.ts';

function isMandatorySomewhere(def: ParamDef): boolean {
  return def.info?.parameterSets.some((e) => e.required) ?? false;
}

function isStringType(type: string): boolean {
  const t = type.toLowerCase();
  return t === 'string' || t === 'string[]';
}

/** Returns the value to bind (ValidateSet gives canonical casing). */
export function validateValue(command: string, def: ParamDef, value: unknown): unknown {
  if (isMandatorySomewhere(def)) {
    if (value === null || value === undefined) throw nullNotAllowed(command, def.name);
    if (Array.isArray(value) && value.length === 0) {
      throw emptyArrayNotAllowed(command, def.name);
    }
  }
  const rules = def.info?.validation ?? {};
  if ((rules.notNull || rules.notNullOrEmpty) && (value === null || value === undefined)) {
    throw validationError(command, def.name, 'The argument is null. Provide a valid value for the argument, and then try running the command again.');
  }
  if (rules.notNullOrEmpty && (value === '' || (Array.isArray(value) && value.length === 0))) {
    throw validationError(command, def.name, 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.');
  }
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) checkItem(command, def, item);
  // After the validation attributes, as in PowerShell's binder: -CustomerId '' fails ValidatePattern.
  if (value === '' && isMandatorySomewhere(def)) throw emptyStringNotAllowed(command, def.name);
  // ValidateSet compares without case but, as in pwsh, binds the value as typed ('Commercial' stays 'Commercial').
  return value;
}

function checkItem(command: string, def: ParamDef, item: unknown): void {
  const rules = def.info?.validation ?? {};
  if (rules.pattern !== undefined && typeof item === 'string' && !new RegExp(rules.pattern, 'i').test(item)) {
    throw validationError(
      command,
      def.name,
      `The argument "${quotePrefix(item)}" does not match the "${rules.pattern}" pattern. Supply an argument that matches "${rules.pattern}" and try the command again.`,
      { pattern: rules.pattern, value: quotePrefix(item) },
    );
  }
  if (rules.range && typeof item === 'number') checkRange(command, def.name, item, rules.range);
  const accepted = def.info?.acceptedValues ?? [];
  if (accepted.length > 0 && isStringType(def.type) && typeof item === 'string') {
    if (!accepted.some((a) => a.toLowerCase() === item.toLowerCase())) {
      throw validationError(
        command,
        def.name,
        `The argument "${quotePrefix(item)}" does not belong to the set "${accepted.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
        { acceptedValues: [...accepted], value: quotePrefix(item) },
      );
    }
  }
}

function checkRange(command: string, name: string, value: number, [min, max]: [number, number]): void {
  if (value < min) {
    throw validationError(command, name, `The ${value} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`);
  }
  if (value > max) {
    throw validationError(command, name, `The ${value} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`);
  }
}
