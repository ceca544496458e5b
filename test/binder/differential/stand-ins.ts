/**
 * Registry → C# stand-in cmdlets for real pwsh (compiled with Add-Type together with
 * stand-in-types.cs). Each declares the cmdlet's parameters, sets, positions, aliases and
 * validation attributes and only reports what PowerShell bound. Generic over the registry, so a
 * new cmdlet is covered as soon as its help page is. Names get a `Dx` noun prefix so they never
 * clash with pwsh's own Get-Help/Get-Command.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { ALL_PARAMETER_SETS } from '../../../src/registry/model.ts';
import type { CmdletInfo, ParameterInfo } from '../../../src/registry/model.ts';
import { parameterType } from '../../../src/binder/parameter-types.ts';
import { originalAttributes } from './original-attributes.ts';

const TYPES_FILE = new URL('./stand-in-types.cs', import.meta.url);

/** The command name pwsh runs for a registry cmdlet. */
export function standInName(cmdlet: string): string {
  const [verb, noun] = cmdlet.split('-') as [string, string];
  return `${verb}-Dx${noun}`;
}

const csString = (text: string): string => `@"${text.replace(/"/g, '""')}"`;

function parameterAttributes(parameter: ParameterInfo): string[] {
  return parameter.parameterSets.map((entry) => {
    const parts = [`Mandatory = ${entry.required ? 'true' : 'false'}`];
    if (entry.position !== null) parts.push(`Position = ${entry.position}`);
    if (entry.name !== ALL_PARAMETER_SETS) parts.push(`ParameterSetName = ${csString(entry.name)}`);
    return `[Parameter(${parts.join(', ')})]`;
  });
}

function validationAttributes(cmdlet: string, parameter: ParameterInfo): string[] {
  const rules = originalAttributes(cmdlet, parameter.name) ?? parameter.validation;
  const out: string[] = [];
  if (rules.notNull) out.push('[ValidateNotNull]');
  if (rules.notNullOrEmpty) out.push('[ValidateNotNullOrEmpty]');
  if (rules.pattern !== undefined) out.push(`[ValidatePattern(${csString(rules.pattern)}, Options = System.Text.RegularExpressions.RegexOptions.IgnoreCase)]`);
  if (rules.range) out.push(`[ValidateRange(${rules.range[0]}, ${rules.range[1]})]`);
  const isString = /^string(\[\])?$/i.test(parameter.type);
  if (isString && parameter.acceptedValues.length > 0) out.push(`[ValidateSet(${parameter.acceptedValues.map(csString).join(', ')})]`);
  return out;
}

function parameterSource(cmdlet: string, parameter: ParameterInfo): string {
  const aliases = parameter.aliases.length > 0 ? [`[Alias(${parameter.aliases.map(csString).join(', ')})]`] : [];
  const lines = [...parameterAttributes(parameter), ...aliases, ...validationAttributes(cmdlet, parameter)];
  lines.push(`public ${parameterType(parameter.type).dotNet} ${parameter.name} { get; set; }`);
  return lines.map((line) => `        ${line}`).join('\n');
}

function cmdletSource(cmdlet: CmdletInfo, index: number): string {
  const [verb, noun] = standInName(cmdlet.name).split('-') as [string, string];
  const options = [`DefaultParameterSetName = ${csString(cmdlet.defaultParameterSet)}`];
  if (cmdlet.supportsShouldProcess) options.push('SupportsShouldProcess = true');
  const own = cmdlet.parameters.filter((p) => !['whatif', 'confirm'].includes(p.name.toLowerCase()));
  return [
    `    [Cmdlet(${csString(verb)}, ${csString(noun)}, ${options.join(', ')})]`,
    `    public sealed class StandIn${index} : StandInCmdlet`,
    '    {',
    own.map((p) => parameterSource(cmdlet.name, p)).join('\n\n'),
    '    }',
  ].join('\n');
}

/** The whole C# source: the original types, then one stand-in per cmdlet. */
export function standInSource(cmdlets: readonly CmdletInfo[]): string {
  return [
    readFileSync(TYPES_FILE, 'utf8'),
    'namespace Pcsh.Differential.Commands',
    '{',
    '    using System.Management.Automation;',
    '    using Pcsh.Differential;',
    ...cmdlets.map(cmdletSource),
    '}',
    '',
  ].join('\n');
}
