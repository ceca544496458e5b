/**
 * After conversion: the attributes' own refusal of $null, the mandatory null and empty-array
 * checks, then the validation attributes (ValidateNotNull, ValidateNotNullOrEmpty, ValidatePattern,
 * ValidateRange, ValidateVariableName, ValidateSet for string parameters with Accepted values),
 * then the mandatory empty-string check — PowerShell's order — with PowerShell's texts.
 *
 * @module
 */
import { emptyArrayNotAllowed, emptyStringNotAllowed, nullNotAllowed, validationError } from './binding-errors.ts';
import type { ParamDef, ParameterValidation } from './parameter-table.ts';
import { quotePrefix } from './value-limits.ts';

function isMandatorySomewhere(def: ParamDef): boolean {
  return def.info?.parameterSets.some((e) => e.required) ?? false;
}

function isStringType(type: string): boolean {
  const t = type.toLowerCase();
  return t === 'string' || t === 'string[]';
}

/** PowerShell's texts when a validation attribute meets $null. */
const NULL_TEXTS = {
  notNull: 'The argument is null. Provide a valid value for the argument, and then try running the command again.',
  notNullOrEmpty: 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  /** ValidatePattern, ValidateRange and the other element validators. */
  element: 'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  nullElement: 'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.',
};

function rulesOf(def: ParamDef): ParameterValidation {
  return def.info?.validation ?? def.validation ?? {};
}

/** The attributes on $null (or a null element): each attribute's own text, before the mandatory checks, as PowerShell orders them. */
function checkNull(command: string, def: ParamDef, value: unknown): void {
  const rules = rulesOf(def);
  if (value === null || value === undefined) {
    if (rules.notNull) throw validationError(command, def.name, NULL_TEXTS.notNull);
    if (rules.notNullOrEmpty) throw validationError(command, def.name, NULL_TEXTS.notNullOrEmpty);
    const validateSet = isStringType(def.type) && (def.info?.acceptedValues.length ?? 0) > 0;
    if (rules.pattern !== undefined || rules.range || validateSet) throw validationError(command, def.name, NULL_TEXTS.element);
    return;
  }
  if (Array.isArray(value) && value.some((v) => v === null) && (rules.notNull || rules.notNullOrEmpty)) {
    throw validationError(command, def.name, NULL_TEXTS.nullElement);
  }
}

/** Returns the value to bind (ValidateSet gives canonical casing). */
export function validateValue(command: string, def: ParamDef, value: unknown): unknown {
  checkNull(command, def, value);
  if (isMandatorySomewhere(def)) {
    if (value === null || value === undefined) throw nullNotAllowed(command, def.name);
    if (Array.isArray(value) && value.length === 0) {
      throw emptyArrayNotAllowed(command, def.name);
    }
  }
  const rules = rulesOf(def);
  if (rules.notNullOrEmpty && (value === '' || (Array.isArray(value) && value.length === 0))) {
    throw validationError(command, def.name, NULL_TEXTS.notNullOrEmpty);
  }
  if (rules.variableName && typeof value === 'string') checkVariableName(command, def.name, value);
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) checkItem(command, def, item);
  // After the validation attributes, as in PowerShell's binder: -CustomerId '' fails ValidatePattern.
  if (value === '' && isMandatorySomewhere(def)) throw emptyStringNotAllowed(command, def.name);
  // ValidateSet compares without case but, as in pwsh, binds the value as typed ('Commercial' stays 'Commercial').
  return value;
}

/** Variable scopes a *Variable common parameter may name (`global:x`); any other `drive:` is not a variable. */
const SCOPES = new Set(['global', 'local', 'script', 'private', 'using', 'variable', 'workflow']);

/** [ValidateVariableName] of -ErrorVariable, -OutVariable and the others (a leading + appends). */
function checkVariableName(command: string, name: string, value: string): void {
  const variable = value.startsWith('+') ? value.slice(1) : value;
  if (variable === '') {
    throw validationError(command, name, 'Cannot process argument because the value of argument "path" is not valid. Change the value of the "path" argument and run the operation again.');
  }
  const colon = variable.indexOf(':');
  if (colon >= 0 && !SCOPES.has(variable.slice(0, colon).toLowerCase())) {
    throw validationError(command, name, `Cannot validate argument '${quotePrefix(value)}' because it is not a valid variable name.`);
  }
}

function checkItem(command: string, def: ParamDef, item: unknown): void {
  const rules = rulesOf(def);
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
