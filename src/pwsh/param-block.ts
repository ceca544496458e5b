/**
 * The param block of one generated function, straight from the registry: parameter sets,
 * Mandatory, Position, pipeline input, aliases, ValidateSet / ValidatePattern / ValidateNotNull /
 * ValidateRange and the .NET type — so pwsh itself does the binding.
 *
 * @module
 */
import type { CmdletInfo, ParameterInfo, ParameterSetEntry } from '../registry/model.ts';
import { ALL_PARAMETER_SETS } from '../registry/model.ts';
import { psBool, psString, psStringList } from './ps-literal.ts';
import { isModuleEnum, psTypeConstraint } from './type-map.ts';

/** Parameters pwsh adds itself: SupportsShouldProcess brings WhatIf and Confirm. */
const ENGINE_PARAMETERS = new Set(['whatif', 'confirm']);

/** The registry parameters that go into the param block (WhatIf/Confirm come from CmdletBinding). */
export function declaredParameters(cmdlet: CmdletInfo): ParameterInfo[] {
  return cmdlet.parameters.filter((p) => !ENGINE_PARAMETERS.has(p.name.toLowerCase()));
}

/** `param(...)` indented for a function body. */
export function renderParamBlock(cmdlet: CmdletInfo, indent: string): string {
  const parameters = declaredParameters(cmdlet);
  if (parameters.length === 0) return `${indent}param()`;
  const blocks = parameters.map((p) => renderParameter(p, `${indent}    `));
  return `${indent}param(\n${blocks.join(',\n\n')}\n${indent})`;
}

function renderParameter(parameter: ParameterInfo, indent: string): string {
  const lines = [
    ...setEntries(parameter).map((entry) => parameterAttribute(parameter, entry)),
    ...aliasAttributes(parameter),
    ...validationAttributes(parameter),
    psTypeConstraint(parameter.type),
    `$${parameter.name}`,
  ];
  return lines.map((line) => indent + line).join('\n');
}

function setEntries(parameter: ParameterInfo): ParameterSetEntry[] {
  if (parameter.parameterSets.length > 0) return parameter.parameterSets;
  return [{ name: ALL_PARAMETER_SETS, required: false, position: null }];
}

function parameterAttribute(parameter: ParameterInfo, entry: ParameterSetEntry): string {
  const args: string[] = [];
  if (entry.required) args.push(`Mandatory = ${psBool(true)}`);
  if (entry.position !== null) args.push(`Position = ${entry.position}`);
  if (entry.name !== ALL_PARAMETER_SETS) args.push(`ParameterSetName = ${psString(entry.name)}`);
  const pipeline = parameter.pipelineInput.toLowerCase();
  if (pipeline.startsWith('true') && (pipeline.includes('byvalue') || !pipeline.includes('bypropertyname'))) {
    args.push(`ValueFromPipeline = ${psBool(true)}`);
  }
  if (pipeline.startsWith('true') && pipeline.includes('bypropertyname')) {
    args.push(`ValueFromPipelineByPropertyName = ${psBool(true)}`);
  }
  return `[Parameter(${args.join(', ')})]`;
}

function aliasAttributes(parameter: ParameterInfo): string[] {
  return parameter.aliases.length === 0 ? [] : [`[Alias(${psStringList(parameter.aliases)})]`];
}

function validationAttributes(parameter: ParameterInfo): string[] {
  const out: string[] = [];
  const v = parameter.validation ?? {};
  if (v.notNullOrEmpty) out.push('[ValidateNotNullOrEmpty()]');
  else if (v.notNull) out.push('[ValidateNotNull()]');
  if (v.pattern !== undefined) out.push(`[ValidatePattern(${psString(v.pattern)})]`);
  if (v.range !== undefined) out.push(`[ValidateRange(${v.range[0]}, ${v.range[1]})]`);
  // An enum-typed parameter: the enum is the set (pwsh's own conversion error and completion).
  if (parameter.acceptedValues.length > 0 && !isModuleEnum(parameter.type)) out.push(`[ValidateSet(${psStringList(parameter.acceptedValues)})]`);
  return out;
}
