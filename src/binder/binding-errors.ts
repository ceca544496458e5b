/**
 * PowerShell's parameter-binding errors, with its own ids and texts
 * (ParameterBinderStrings.resx, ParserStrings.resx). Each keeps its structured fields in
 * `details` so the pwsh module can raise it again and tests can check them.
 *
 * @module
 */
import { ExitCode, PcshError } from '../core/error-record.ts';
import type { ErrorCategory } from '../core/error-record.ts';
import { quotePrefix } from './value-limits.ts';

function bindingError(
  command: string,
  errorId: string,
  message: string,
  details: Record<string, unknown>,
  category: ErrorCategory = 'InvalidArgument',
): PcshError {
  return new PcshError(message, { errorId, category, commandName: command, exitCode: ExitCode.Usage, details });
}

export function namedParameterNotFound(command: string, typed: string, suggestion?: string): PcshError {
  const hint = suggestion ? `\nDid you mean -${suggestion}?` : '';
  return bindingError(
    command,
    'NamedParameterNotFound',
    `A parameter cannot be found that matches parameter name '${quotePrefix(typed)}'.${hint}`,
    { parameterName: typed, ...(suggestion ? { suggestion } : {}) },
  );
}

export function ambiguousParameter(command: string, typed: string, matches: readonly string[]): PcshError {
  const list = matches.map((m) => ` -${m}`).join('');
  return bindingError(
    command,
    'AmbiguousParameter',
    `Parameter cannot be processed because the parameter name '${quotePrefix(typed)}' is ambiguous. Possible matches include:${list}.`,
    { parameterName: typed, matches: [...matches] },
  );
}

export function parameterAlreadyBound(command: string, typed: string, name: string): PcshError {
  return bindingError(
    command,
    'ParameterAlreadyBound',
    `Cannot bind parameter because parameter '${quotePrefix(typed)}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
    { parameterName: name },
  );
}

export function missingArgument(command: string, name: string, dotNetType: string): PcshError {
  return bindingError(
    command,
    'MissingArgument',
    `Missing an argument for parameter '${name}'. Specify a parameter of type '${dotNetType}' and try again.`,
    { parameterName: name, parameterType: dotNetType },
  );
}

/** `-Name:` with nothing after it; `bashHint` explains what bash made of `-Name:$false`. */
export function parameterRequiresArgument(command: string, tokenText: string, bashHint: string): PcshError {
  return bindingError(
    command,
    'ParameterRequiresArgument',
    `Parameter ${tokenText} requires an argument.\n${bashHint}`,
    { token: tokenText },
    'ParserError',
  );
}

export function positionalParameterNotFound(command: string, argument: string, hint?: string): PcshError {
  return bindingError(
    command,
    'PositionalParameterNotFound',
    `A positional parameter cannot be found that accepts argument '${quotePrefix(argument)}'.${hint ? `\n${hint}` : ''}`,
    { argument },
  );
}

export function ambiguousParameterSet(command: string, candidates: readonly string[]): PcshError {
  return bindingError(
    command,
    'AmbiguousParameterSet',
    'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    { candidateParameterSets: [...candidates] },
  );
}

export function missingMandatoryParameters(command: string, parameterSet: string, missing: readonly string[]): PcshError {
  return bindingError(
    command,
    'MissingMandatoryParameter',
    `Cannot process command because of one or more missing mandatory parameters:${missing.map((m) => ` ${m}`).join('')}.`,
    { missing: [...missing], parameterSet },
  );
}

/** `Cannot bind parameter 'X'. Cannot convert value "v" to type "T". Error: "reason"` */
export function cannotConvert(command: string, name: string, value: string, dotNetType: string, reason: string): PcshError {
  return bindingError(
    command,
    'CannotConvertArgumentNoMessage',
    `Cannot bind parameter '${name}'. Cannot convert value "${quotePrefix(value)}" to type "${dotNetType}". Error: "${reason}"`,
    { parameterName: name, value: quotePrefix(value), parameterType: dotNetType, reason },
  );
}

/** A switch or Boolean given a value that is neither a Boolean nor a number (`-WhatIf:maybe`); the text ends in a space, as PowerShell's does. */
export function cannotConvertArgument(command: string, name: string, valueType: string, dotNetType: string, reason = ''): PcshError {
  return bindingError(
    command,
    'CannotConvertArgument',
    `Cannot convert '${valueType}' to the type '${dotNetType}' required by parameter '${name}'. ${reason}`,
    { parameterName: name, valueType, parameterType: dotNetType },
  );
}

/** The value converted but setting it failed (`-ErrorAction Suspend`). */
export function parameterBindingFailed(command: string, name: string, reason: string): PcshError {
  return bindingError(command, 'ParameterBindingFailed', `Cannot bind parameter '${name}' to the target. ${reason}`, { parameterName: name, reason });
}

/** `Cannot process argument transformation on parameter 'X'. reason` */
export function transformationError(command: string, name: string, reason: string, extra: Record<string, unknown> = {}): PcshError {
  return bindingError(
    command,
    'ParameterArgumentTransformationError',
    `Cannot process argument transformation on parameter '${name}'. ${reason}`,
    { parameterName: name, reason, ...extra },
  );
}

/** `Cannot validate argument on parameter 'X'. reason` */
export function validationError(command: string, name: string, reason: string, extra: Record<string, unknown> = {}): PcshError {
  return bindingError(
    command,
    'ParameterArgumentValidationError',
    `Cannot validate argument on parameter '${name}'. ${reason}`,
    { parameterName: name, reason, ...extra },
  );
}

/** ValidateNotNull on a null argument. */
export function nullNotAllowed(command: string, name: string): PcshError {
  return bindingError(
    command,
    'ParameterArgumentValidationErrorNullNotAllowed',
    `Cannot bind argument to parameter '${name}' because it is null.`,
    { parameterName: name },
  );
}

export function emptyStringNotAllowed(command: string, name: string): PcshError {
  return bindingError(
    command,
    'ParameterArgumentValidationErrorEmptyStringNotAllowed',
    `Cannot bind argument to parameter '${name}' because it is an empty string.`,
    { parameterName: name },
  );
}

export function emptyArrayNotAllowed(command: string, name: string): PcshError {
  return bindingError(
    command,
    'ParameterArgumentValidationErrorEmptyArrayNotAllowed',
    `Cannot bind argument to parameter '${name}' because it is an empty array.`,
    { parameterName: name },
  );
}
