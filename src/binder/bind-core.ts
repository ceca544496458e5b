/**
 * The binding passes shared by argv and structured input, in PowerShell's order: named arguments
 * in command-line order (twice, conversion, validation), then positional arguments by Position
 * within the candidate sets, then the first argument nothing took (an unknown name or a stray
 * value, whichever comes first), then values supplied by prompting, then the parameter set
 * (a conflict among the bound parameters is reported here) and its mandatory parameters.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import { ambiguousParameterSet, missingMandatoryParameters, parameterAlreadyBound, positionalParameterNotFound } from './binding-errors.ts';
import { looksLikeParameter } from './tokenize.ts';
import { convertValue } from './convert-value.ts';
import type { NamedArgument, PositionalArgument } from './group-arguments.ts';
import { isSwitchType } from './parameter-table.ts';
import type { ParamDef } from './parameter-table.ts';
import { allParameterSets, chooseParameterSet, entryFor, missingMandatory, narrowSets } from './parameter-sets.ts';
import type { RawValue } from './raw-value.ts';
import { parameterNotFound, resolveParameterName } from './resolve-name.ts';
import { isStringifiedObject, stringifiedObjectMessage } from './structured-text.ts';
import type { BinderIo, SuppliedValues } from './types.ts';
import { validateValue } from './validate-parameter.ts';
import { checkVariablesWritable } from './variable-names.ts';

export interface BoundEntry {
  def: ParamDef;
  value: unknown;
}

export interface CoreResult {
  parameterSet: string;
  /** Canonical name → entry, in binding order. */
  entries: Map<string, BoundEntry>;
}

interface State {
  command: string;
  io: BinderIo;
  candidates: string[];
  entries: Map<string, BoundEntry>;
}

function bindOne(state: State, def: ParamDef, typed: string, raw: RawValue): void {
  if (state.entries.has(def.name)) throw parameterAlreadyBound(state.command, typed, def.name);
  state.candidates = narrowSets(state.candidates, def);
  const value = validateValue(state.command, def, convertValue(state.command, def, raw, state.io));
  state.entries.set(def.name, { def, value });
}

function positionalParameters(table: readonly ParamDef[], state: State, defaultSet: string): ParamDef[] {
  const positionOf = (def: ParamDef): number | null => {
    const sets = state.candidates.includes(defaultSet) ? [defaultSet, ...state.candidates] : state.candidates;
    for (const set of sets) {
      const position = entryFor(def, set)?.position;
      if (position !== null && position !== undefined) return position;
    }
    return null;
  };
  return table
    .filter((def) => def.kind === 'own' && !isSwitchType(def.type) && !state.entries.has(def.name) && positionOf(def) !== null)
    .sort((a, b) => (positionOf(a) ?? 0) - (positionOf(b) ?? 0));
}

/** A command-line argument nothing took, with the error PowerShell reports for it. */
interface Leftover {
  at: number;
  error: () => Error;
}

function strayArgument(command: string, text: string): Error {
  const hint = isStringifiedObject(text, false) ? stringifiedObjectMessage(text, 'LineItems') : undefined;
  // PowerShell names the argument's value: `$false` is 'False'; `-Name:value` after `--` is '-Name:'.
  const shown = /^\$(true|false)$/i.test(text) ? (/^\$t/i.test(text) ? 'True' : 'False') : looksLikeParameter(text) ? text.replace(/:[\s\S]*$/, ':') : text;
  return positionalParameterNotFound(command, shown, hint);
}

function bindPositional(state: State, table: readonly ParamDef[], cmdlet: CmdletInfo, positional: readonly PositionalArgument[]): Leftover[] {
  const queue = positionalParameters(table, state, cmdlet.defaultParameterSet);
  const strays: Leftover[] = [];
  for (const { text, at } of positional) {
    const def = queue.shift();
    if (def) bindOne(state, def, def.name, { kind: 'text', text });
    else strays.push({ at, error: () => strayArgument(state.command, text) });
  }
  return strays;
}

function bindSupplied(state: State, table: readonly ParamDef[], supplied: SuppliedValues): void {
  for (const def of table) {
    const value = Object.prototype.hasOwnProperty.call(supplied, def.name) ? supplied[def.name] : undefined;
    if (value === undefined || state.entries.has(def.name)) continue;
    const raw: RawValue = Array.isArray(value) ? { kind: 'texts', texts: value } : { kind: 'text', text: String(value) };
    bindOne(state, def, def.name, raw);
  }
}

export function bindCore(
  cmdlet: CmdletInfo,
  table: readonly ParamDef[],
  args: { named: readonly NamedArgument[]; positional: readonly PositionalArgument[] },
  io: BinderIo,
  options: { supplied?: SuppliedValues; parameterSet?: string } = {},
): CoreResult {
  const command = cmdlet.name;
  const state: State = { command, io, candidates: options.parameterSet ? [options.parameterSet] : allParameterSets(cmdlet), entries: new Map() };
  // Named arguments bind in command-line order; an unknown name is reported after them, as PowerShell does.
  const leftovers: Leftover[] = [];
  for (const arg of args.named) {
    const def = arg.deferred ? resolveParameterName(command, table, arg.typed) : arg.def;
    if (def) bindOne(state, def, arg.typed, arg.raw);
    else leftovers.push({ at: arg.at, error: () => parameterNotFound(command, table, arg.typed) });
  }
  // Parameters from sets that exclude each other: reported once the named arguments are bound.
  if (state.candidates.length === 0) throw ambiguousParameterSet(command, allParameterSets(cmdlet));
  leftovers.push(...bindPositional(state, table, cmdlet, args.positional));
  // Unknown names and stray arguments are reported after binding, the first on the command line first.
  const first = leftovers.sort((a, b) => a.at - b.at)[0];
  if (first) throw first.error();
  if (options.supplied) bindSupplied(state, table, options.supplied);
  const bound = new Set(state.entries.keys());
  const parameterSet = chooseParameterSet(command, cmdlet, table, state.candidates, bound);
  const missing = missingMandatory(table, parameterSet, bound);
  if (missing.length > 0) throw missingMandatoryParameters(command, parameterSet, missing);
  checkVariablesWritable(command, state.entries);
  return { parameterSet, entries: state.entries };
}
