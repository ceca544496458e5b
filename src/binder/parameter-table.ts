/**
 * Every parameter a command line can name: the cmdlet's own (registry order), then the
 * common parameters, then WhatIf/Confirm when the cmdlet declares them — PowerShell's order,
 * which is also the order of "Possible matches include:" lists.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../registry/model.ts';
import type { CmdletInfo, ParameterInfo } from '../registry/model.ts';

export type ParameterKind = 'own' | 'common' | 'shouldProcess';

export interface ParamDef {
  name: string;
  /** Registry type string, e.g. String, PSCartLineItem[], SwitchParameter, ActionPreference. */
  type: string;
  aliases: readonly string[];
  kind: ParameterKind;
  /** The registry entry for the cmdlet's own and ShouldProcess parameters. */
  info: ParameterInfo | undefined;
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
  common('ErrorVariable', 'String', 'ev'),
  common('WarningVariable', 'String', 'wv'),
  common('InformationVariable', 'String', 'iv'),
  common('OutVariable', 'String', 'ov'),
  common('OutBuffer', 'Int32', 'ob'),
  common('PipelineVariable', 'String', 'pv'),
];

function common(name: string, type: string, alias: string): ParamDef {
  return { name, type, aliases: [alias], kind: 'common', info: undefined };
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

const DOTNET_TYPES: Readonly<Record<string, string>> = {
  string: 'System.String',
  int32: 'System.Int32',
  int: 'System.Int32',
  boolean: 'System.Boolean',
  bool: 'System.Boolean',
  datetime: 'System.DateTime',
  hashtable: 'System.Collections.Hashtable',
  switchparameter: 'System.Management.Automation.SwitchParameter',
  pscredential: 'System.Management.Automation.PSCredential',
  securestring: 'System.Security.SecureString',
  actionpreference: 'System.Management.Automation.ActionPreference',
  pscartlineitem: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem',
  environmentname: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName',
  object: 'System.Object',
};

/** The full .NET name PowerShell prints for a registry type, e.g. PSCartLineItem[] → …Carts.PSCartLineItem[]. */
export function dotNetTypeName(type: string): string {
  const isArray = type.endsWith('[]');
  const base = isArray ? type.slice(0, -2) : type;
  const full = DOTNET_TYPES[base.toLowerCase()] ?? (base.includes('.') ? base : `System.${base}`);
  return isArray ? `${full}[]` : full;
}

export function isSwitchType(type: string): boolean {
  return type.toLowerCase() === 'switchparameter';
}
