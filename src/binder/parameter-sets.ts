/**
 * Parameter-set resolution, as ParameterBinderController.ValidateParameterSets does it: every
 * bound parameter narrows the candidate sets (none left: AmbiguousParameterSet, once binding is done); several left:
 * the default set if it is among them, else the one set whose mandatory parameters are all
 * bound, else AmbiguousParameterSet. Then the chosen set's missing mandatory parameters.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../registry/model.ts';
import type { CmdletInfo, ParameterSetEntry } from '../registry/model.ts';
import { ambiguousParameterSet } from './binding-errors.ts';
import { parameterSetsOf } from './parameter-table.ts';
import type { ParamDef } from './parameter-table.ts';

export function allParameterSets(cmdlet: CmdletInfo): string[] {
  return cmdlet.parameterSets.length > 0 ? [...cmdlet.parameterSets] : [ALL_PARAMETER_SETS];
}

/** The candidates left after binding `def`; none left is reported when the set is chosen, after all binding. */
export function narrowSets(candidates: readonly string[], def: ParamDef): string[] {
  const sets = def.kind === 'own' ? parameterSetsOf(def) : null;
  if (sets === null) return [...candidates];
  return candidates.filter((c) => sets.includes(c));
}

/** The entry describing `def` in `set` (an "(All)" entry applies to every set). */
export function entryFor(def: ParamDef, set: string): ParameterSetEntry | undefined {
  const entries = def.info?.parameterSets ?? [];
  return entries.find((e) => e.name === set) ?? entries.find((e) => e.name === ALL_PARAMETER_SETS);
}

/** Mandatory parameters of `set` not in `bound`, in the cmdlet's declared order. */
export function missingMandatory(table: readonly ParamDef[], set: string, bound: ReadonlySet<string>): string[] {
  return table.filter((def) => def.kind !== 'common' && !bound.has(def.name) && entryFor(def, set)?.required === true).map((d) => d.name);
}

export function chooseParameterSet(
  command: string,
  cmdlet: CmdletInfo,
  table: readonly ParamDef[],
  candidates: readonly string[],
  bound: ReadonlySet<string>,
): string {
  const only = candidates[0];
  if (candidates.length === 1 && only !== undefined) return only;
  if (candidates.includes(cmdlet.defaultParameterSet)) return cmdlet.defaultParameterSet;
  const complete = candidates.filter((set) => missingMandatory(table, set, bound).length === 0);
  const single = complete[0];
  if (complete.length === 1 && single !== undefined) return single;
  throw ambiguousParameterSet(command, candidates);
}
