/**
 * One generated function (Crescendo style): help pointer, CmdletBinding, OutputType, the
 * param block, and a data table read by the one generic body (`Invoke-PcshCommand`, in
 * psm1-runtime.ts). No per-cmdlet logic lives in the function itself.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import { ALL_PARAMETER_SETS } from '../registry/model.ts';
import { renderParamBlock } from './param-block.ts';
import { psBool, psHashtable, psString } from './ps-literal.ts';
import { outputTypeName } from './type-map.ts';

const INDENT = '    ';

/** The cmdlet's declared output types (full names), "None" dropped. */
function outputTypes(cmdlet: CmdletInfo): string[] {
  return cmdlet.outputs.map((o) => outputTypeName(o.type)).filter((t): t is string => t !== null);
}

/** `[CmdletBinding(...)]` with ShouldProcess and ConfirmImpact only where the registry says. */
function renderCmdletBinding(cmdlet: CmdletInfo): string {
  const args: string[] = [];
  if (cmdlet.supportsShouldProcess) {
    args.push(`SupportsShouldProcess = ${psBool(true)}`, `ConfirmImpact = ${psString(cmdlet.confirmImpact)}`);
  }
  args.push(`DefaultParameterSetName = ${psString(cmdlet.defaultParameterSet || ALL_PARAMETER_SETS)}`);
  // Compiled cmdlets have no implicit positions; advanced functions would number every parameter.
  args.push(`PositionalBinding = ${psBool(false)}`);
  return `[CmdletBinding(${args.join(', ')})]`;
}

/** The data table the generic body reads. */
function renderCommandTable(cmdlet: CmdletInfo, indent: string): string {
  const types = outputTypes(cmdlet);
  const defaults = cmdlet.parameters
    .filter((p) => p.defaultValue !== null && p.defaultValue !== '')
    .map((p): [string, string] => [p.name, psString(p.defaultValue ?? '')]);
  const target = cmdlet.supportsShouldProcess && cmdlet.shouldProcessTarget !== null ? cmdlet.shouldProcessTarget : null;
  return psHashtable([
    ['Name', psString(cmdlet.name)],
    ['ShouldProcessTarget', target === null ? '$null' : psString(target)],
    ['OutputType', types.length === 0 ? '$null' : psString(types[0] ?? '')],
    ['Defaults', psHashtable(defaults, `${indent}    `)],
    ['SupportsShouldProcess', psBool(cmdlet.supportsShouldProcess)],
  ], indent);
}

/** The whole function definition for one cmdlet. */
export function renderFunction(cmdlet: CmdletInfo, helpFile: string): string {
  const types = outputTypes(cmdlet);
  const lines = [
    `function ${cmdlet.name} {`,
    `${INDENT}<#`,
    `${INDENT}.EXTERNALHELP ${helpFile}`,
    `${INDENT}#>`,
    `${INDENT}${renderCmdletBinding(cmdlet)}`,
    ...types.map((t) => `${INDENT}[OutputType(${psString(t)})]`),
    renderParamBlock(cmdlet, INDENT),
    '',
    `${INDENT}begin {`,
    `${INDENT}${INDENT}$command = ${renderCommandTable(cmdlet, INDENT + INDENT)}`,
    `${INDENT}}`,
    `${INDENT}process {`,
    `${INDENT}${INDENT}Invoke-PcshCommand -Command $command -Cmdlet $PSCmdlet -BoundParameters $PSBoundParameters`,
    `${INDENT}}`,
    '}',
  ];
  return lines.join('\n');
}
