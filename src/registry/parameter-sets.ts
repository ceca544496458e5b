/**
 * Questions about parameter sets that every consumer of the model asks the same way.
 * A parameter's entry for a named set wins over its "(All)" entry.
 *
 * @module
 */
import { ALL_PARAMETER_SETS, type CmdletInfo, type ParameterInfo, type ParameterSetEntry } from './model.ts';

/** The sets a cmdlet can bind: its named sets, or ALL_PARAMETER_SETS when it has none. */
export function effectiveSets(cmdlet: Pick<CmdletInfo, 'parameterSets'>): string[] {
  return cmdlet.parameterSets.length > 0 ? [...cmdlet.parameterSets] : [ALL_PARAMETER_SETS];
}

/** The parameter's entry for `set` (its own, else its "(All)" entry), or null when not in the set. */
export function entryFor(parameter: Pick<ParameterInfo, 'parameterSets'>, set: string): ParameterSetEntry | null {
  const wanted = set.toLowerCase();
  const own = parameter.parameterSets.find((entry) => entry.name.toLowerCase() === wanted);
  return own ?? parameter.parameterSets.find((entry) => entry.name === ALL_PARAMETER_SETS) ?? null;
}

/** True when the parameter is mandatory in every set the cmdlet has. */
export function isRequiredEverywhere(cmdlet: Pick<CmdletInfo, 'parameterSets'>, parameter: Pick<ParameterInfo, 'parameterSets'>): boolean {
  return effectiveSets(cmdlet).every((set) => entryFor(parameter, set)?.required === true);
}
