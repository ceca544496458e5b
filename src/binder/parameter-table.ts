/**
 * Every parameter a command line can name: the cmdlet's own (registry order), then the
 * common parameters, then WhatIf/Confirm when the cmdlet declares them — PowerShell's order,
 * which is also the order of "Possible matches include:" lists.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../registry/model.ts';
import type { CmdletInfo, ParameterInfo, ParameterValidation as RegistryValidation } from '../registry/model.ts';

/** The registry's validation attributes, plus [ValidateVariableName] of the *Variable common parameters. */
export interface ParameterValidation extends RegistryValidation {
  variableName?: boolean;
}

export type ParameterKind = 'own' | 'common' | 'shouldProcess';

export interface ParamDef {
  name: string;
  /** Registry type string, e.g. String, PSCartLineItem[], SwitchParameter, ActionPreference. */
  type: string;
  aliases: readonly string[];
  kind: ParameterKind;
  /** The registry entry for the cmdlet's own and ShouldProcess parameters. */
  info: ParameterInfo | undefined;
  /** The common parameters' validation attributes (own parameters: info.validation). */
  validation?: ParameterValidation;
}

const SHOULD_PROCESS_PARAMETERS: readonly string[] = ['WhatIf', 'Confirm'];

/** Common parameters in PowerShell's declaration order, with their aliases. */
export const COMMON_PARAMETERS: readonly ParamDef[] = [
  common('Verbose', 'SwitchParameter', 'vb'),
  common('Debug', 'SwitchParameter', 'db'),
  common('ErrorAction', 'ActionPreference', 'ea'),
  common('WarningAction', 'ActionPreference', 'wa'),
  common('InformationAction', 'ActionPreference', 'infa'),
  common('ProgressAction', 'ActionPreference', 'proga'),
  common('ErrorVariable', 'String', 'ev', { variableName: true }),
  common('WarningVariable', 'String', 'wv', { variableName: true }),
  common('InformationVariable', 'String', 'iv', { variableName: true }),
  common('OutVariable', 'String', 'ov', { variableName: true }),
  common('OutBuffer', 'Int32', 'ob', { range: [0, 2147483647] }),
  common('PipelineVariable', 'String', 'pv', { variableName: true }),
];

function common(name: string, type: string, alias: string, validation?: ParameterValidation): ParamDef {
  return { name, type, aliases: [alias], kind: 'common', info: undefined, ...(validation ? { validation } : {}) };
}

function isShouldProcess(name: string): boolean {
  return SHOULD_PROCESS_PARAMETERS.some((n) => n.toLowerCase() === name.toLowerCase());
}

export function buildParameterTable(cmdlet: CmdletInfo): ParamDef[] {
  const own: ParamDef[] = [];
  const shouldProcess: ParamDef[] = [];
  for (const info of cmdlet.parameters) {
    const def: ParamDef = { name: info.name, type: info.type, aliases: [...info.aliases], kind: 'own', info };
    if (isShouldProcess(info.name)) shouldProcess.push({ ...def, kind: 'shouldProcess' });
    else own.push(def);
  }
  shouldProcess.sort((a, b) => SHOULD_PROCESS_PARAMETERS.indexOf(a.name) - SHOULD_PROCESS_PARAMETERS.indexOf(b.name));
  return [...own, ...COMMON_PARAMETERS, ...shouldProcess];
}

/** The parameter sets a parameter belongs to; null means every set. */
export function parameterSetsOf(def: ParamDef): string[] | null {
  if (!def.info || def.info.parameterSets.length === 0) return null;
  if (def.info.parameterSets.some((e) => e.name === ALL_PARAMETER_SETS)) return null;
  return def.info.parameterSets.map((e) => e.name);
}

export { dotNetTypeName, isSwitchType } from './parameter-types.ts';
