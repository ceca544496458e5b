/**
 * One generated cmdlet class: the [Cmdlet] and [OutputType] attributes, one property per registry
 * parameter with its [Parameter]/[Alias]/[Validate*] attributes, and the CommandSpec the shared
 * body (templates/runtime/pcsh-cmdlet.cs) reads. No per-cmdlet logic lives in the class.
 *
 * @module
 */
import type { CmdletInfo, ParameterInfo, ParameterSetEntry } from '../../registry/model.ts';
import { ALL_PARAMETER_SETS } from '../../registry/model.ts';
import type { CompiledTypes } from './compiled-types.ts';
import { csBool, csDocText, csIdentifier, csString, csStringList } from './cs-literal.ts';
import { fillTemplate } from './template.ts';
import { csParameterType, isCompiledEnum, outputTypeName } from './type-map.ts';

const CLASS_INDENT = '    ';
const MEMBER_INDENT = '        ';

/** Parameters pwsh adds itself: SupportsShouldProcess brings WhatIf and Confirm. */
const ENGINE_PARAMETERS = new Set(['whatif', 'confirm']);

/** Members of PSCmdlet a parameter property would hide (then declared `new`). */
const PSCMDLET_MEMBERS = new Set(['host', 'events', 'stopping', 'parametersetname', 'myinvocation', 'sessionstate',
  'invokecommand', 'invokeprovider', 'commandruntime', 'commandorigin', 'currentproviderlocation', 'pagingparameters', 'jobmanager', 'jobrepository']);

/** The registry parameters that become properties (WhatIf/Confirm come from SupportsShouldProcess). */
export function declaredParameters(cmdlet: CmdletInfo): ParameterInfo[] {
  return cmdlet.parameters.filter((p) => !ENGINE_PARAMETERS.has(p.name.toLowerCase()));
}

/** The cmdlet's declared output types (full names), "None" dropped. */
function outputTypes(cmdlet: CmdletInfo): string[] {
  return cmdlet.outputs.map((o) => outputTypeName(o.type)).filter((t): t is string => t !== null);
}

/** The original module's class name: the verb and noun run together (NewPartnerCustomerCart). */
export function className(cmdlet: CmdletInfo): string {
  return csIdentifier(`${cmdlet.verb}${cmdlet.noun}`.replace(/[^A-Za-z0-9_]/g, ''));
}

export function renderCmdletClass(cmdlet: CmdletInfo, template: string, types: CompiledTypes): string {
  return fillTemplate(template, {
    Synopsis: csDocText(cmdlet.synopsis || cmdlet.name),
    Attributes: cmdletAttributes(cmdlet, types).map((line) => CLASS_INDENT + line).join('\n'),
    ClassName: className(cmdlet),
    SpecArguments: specArguments(cmdlet),
    Parameters: declaredParameters(cmdlet).map((p) => `\n${renderProperty(p, types)}`).join('\n'),
  });
}

function cmdletAttributes(cmdlet: CmdletInfo, types: CompiledTypes): string[] {
  const args = [csString(cmdlet.verb), csString(cmdlet.noun)];
  if (cmdlet.supportsShouldProcess) args.push('SupportsShouldProcess = true', `ConfirmImpact = ConfirmImpact.${cmdlet.confirmImpact}`);
  if (cmdlet.defaultParameterSet && cmdlet.defaultParameterSet !== ALL_PARAMETER_SETS) {
    args.push(`DefaultParameterSetName = ${csString(cmdlet.defaultParameterSet)}`);
  }
  // A model the runtime declares before its C# class exists is named instead of typeof'd.
  const outputType = (t: string) => (types.all.has(t) ? `typeof(${t})` : csString(t));
  return [`[Cmdlet(${args.join(', ')})]`, ...outputTypes(cmdlet).map((t) => `[OutputType(${outputType(t)})]`)];
}

function specArguments(cmdlet: CmdletInfo): string {
  const target = cmdlet.supportsShouldProcess && cmdlet.shouldProcessTarget !== null ? csString(cmdlet.shouldProcessTarget) : 'null';
  const defaults = cmdlet.parameters
    .filter((p) => p.defaultValue !== null && p.defaultValue !== '')
    .map((p) => `{ ${csString(p.name)}, ${csString(p.defaultValue ?? '')} }`);
  const outputType = outputTypes(cmdlet)[0];
  return [
    csString(cmdlet.name),
    csBool(cmdlet.supportsShouldProcess),
    target,
    outputType === undefined ? 'null' : csString(outputType),
    `new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) {${defaults.length === 0 ? '' : ` ${defaults.join(', ')} `}}`,
  ].join(', ');
}

function renderProperty(parameter: ParameterInfo, types: CompiledTypes): string {
  const name = csIdentifier(parameter.name);
  const hides = PSCMDLET_MEMBERS.has(parameter.name.toLowerCase()) ? 'new ' : '';
  const lines = [
    ...setEntries(parameter).map((entry) => parameterAttribute(parameter, entry)),
    ...(parameter.aliases.length === 0 ? [] : [`[Alias(${csStringList(parameter.aliases)})]`]),
    ...validationAttributes(parameter, types),
    `public ${hides}${csParameterType(parameter.type, types.all)} ${name} { get; set; }`,
  ];
  return lines.map((line) => MEMBER_INDENT + line).join('\n');
}

function setEntries(parameter: ParameterInfo): ParameterSetEntry[] {
  if (parameter.parameterSets.length > 0) return parameter.parameterSets;
  return [{ name: ALL_PARAMETER_SETS, required: false, position: null }];
}

function parameterAttribute(parameter: ParameterInfo, entry: ParameterSetEntry): string {
  const args: string[] = [];
  if (entry.required) args.push('Mandatory = true');
  if (entry.position !== null) args.push(`Position = ${entry.position}`);
  if (entry.name !== ALL_PARAMETER_SETS) args.push(`ParameterSetName = ${csString(entry.name)}`);
  const pipeline = parameter.pipelineInput.toLowerCase();
  if (pipeline.startsWith('true') && (pipeline.includes('byvalue') || !pipeline.includes('bypropertyname'))) args.push('ValueFromPipeline = true');
  if (pipeline.startsWith('true') && pipeline.includes('bypropertyname')) args.push('ValueFromPipelineByPropertyName = true');
  return `[Parameter(${args.join(', ')})]`;
}

function validationAttributes(parameter: ParameterInfo, types: CompiledTypes): string[] {
  const out: string[] = [];
  const v = parameter.validation ?? {};
  if (v.notNullOrEmpty) out.push('[ValidateNotNullOrEmpty]');
  else if (v.notNull) out.push('[ValidateNotNull]');
  if (v.pattern !== undefined) out.push(`[ValidatePattern(${csString(v.pattern)})]`);
  if (v.range !== undefined) out.push(`[ValidateRange(${v.range[0]}, ${v.range[1]})]`);
  // An enum-typed parameter: the enum is the set (pwsh's own conversion error and completion).
  if (parameter.acceptedValues.length > 0 && !isCompiledEnum(parameter.type, types.enums)) {
    out.push(`[ValidateSet(${csStringList(parameter.acceptedValues)})]`);
  }
  return out;
}
