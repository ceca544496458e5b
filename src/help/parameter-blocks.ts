/**
 * The parameter entries of Get-Help: the short form of -Detailed (name, value type, description)
 * and the long form of -Full and -Parameter, with the table of facts whose labels PowerShell pads
 * to 29 columns.
 *
 * @module
 */
import type { CmdletInfo, ParameterInfo, ParameterSetEntry } from '../registry/model.ts';
import { renderProse } from './paragraphs.ts';
import { isSwitchType } from './syntax.ts';
import { wrapIndented } from './wrap-text.ts';

/** PowerShell's text for <CommonParameters>, with its own line breaks. */
const COMMON_PARAMETERS_TEXT = [
  'This cmdlet supports the common parameters: Verbose, Debug,',
  'ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  'OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  'about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
];

/** `-Name <Type>`; switches show `[<SwitchParameter>]` since their value is optional. */
function parameterHeading(parameter: ParameterInfo): string {
  return isSwitchType(parameter.type) ? `-${parameter.name} [<${parameter.type}>]` : `-${parameter.name} <${parameter.type}>`;
}

function descriptionLines(parameter: ParameterInfo, indent: number, width: number): string[] {
  const lines = renderProse(parameter.description, indent, width);
  return lines.length > 0 ? lines : [''];
}

/** The facts of the parameter's first parameter-set entry, as MAML carries one per parameter. */
function primaryEntry(parameter: ParameterInfo): ParameterSetEntry {
  return parameter.parameterSets[0] ?? { name: '', required: false, position: null };
}

function defaultValue(parameter: ParameterInfo): string {
  if (parameter.defaultValue !== null && parameter.defaultValue !== '') return parameter.defaultValue;
  return isSwitchType(parameter.type) ? 'False' : 'None';
}

/** The six-row table under a parameter in -Full and -Parameter. */
export function parameterTable(parameter: ParameterInfo): [string, string][] {
  const entry = primaryEntry(parameter);
  return [
    ['Required?', entry.required ? 'true' : 'false'],
    ['Position?', entry.position === null ? 'named' : String(entry.position)],
    ['Default value', defaultValue(parameter)],
    ['Accept pipeline input?', parameter.pipelineInput || 'False'],
    ['Aliases', parameter.aliases.length > 0 ? parameter.aliases.join(', ') : 'none'],
    ['Accept wildcard characters?', parameter.acceptsWildcards ? 'true' : 'false'],
  ];
}

/** -Detailed: heading, then the description indented one more level. */
function detailedParameter(parameter: ParameterInfo, indent: number, width: number): string[] {
  return [...wrapIndented(parameterHeading(parameter), indent, width), ...descriptionLines(parameter, indent + 4, width)];
}

/** -Full and -Parameter: heading, description, the table, a blank line. */
export function fullParameter(parameter: ParameterInfo, indent: number, width: number): string[] {
  const rows = parameterTable(parameter).flatMap(([label, value]) => wrapIndented(label.padEnd(29) + value, indent + 4, width));
  return [...detailedParameter(parameter, indent, width), ...rows, ''];
}

/** The <CommonParameters> entry that closes the PARAMETERS section. */
function commonParametersBlock(indent: number, width: number): string[] {
  const text = COMMON_PARAMETERS_TEXT.flatMap((line) => wrapIndented(line, indent + 4, width));
  return [...wrapIndented('<CommonParameters>', indent, width), ...text, ''];
}

/** The PARAMETERS section of -Detailed or -Full. */
export function parametersSection(cmdlet: CmdletInfo, form: 'detailed' | 'full', commonParameters: boolean, width: number): string[] {
  const render = form === 'full' ? fullParameter : detailedParameter;
  const lines = ['PARAMETERS', ...cmdlet.parameters.flatMap((p) => render(p, 4, width))];
  if (commonParameters) lines.push(...commonParametersBlock(4, width));
  return lines;
}
