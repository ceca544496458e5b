/**
 * Syntax lines, one per parameter set in document (MAML) order, written the way PowerShell's help
 * formatter writes them: `-N <T>`, `[-N <T>]`, `[-N] <T>`, `[[-N] <T>]`, `[-N]` for switches,
 * ` {A | B}` for accepted values, and `[<CommonParameters>]` at the end. Inside a set,
 * positional parameters come first by position, then the others in document order, with
 * -WhatIf and -Confirm last, as Get-Command -Syntax shows them.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../registry/model.ts';
import type { CmdletInfo, ParameterInfo, ParameterSetEntry } from '../registry/model.ts';
import { wrapIndented } from './wrap-text.ts';

const SHOULD_PROCESS_ORDER = ['WhatIf', 'Confirm'];

export function isSwitchType(type: string): boolean {
  const t = type.toLowerCase();
  return t === 'switchparameter' || t === 'system.management.automation.switchparameter' || t === 'switch';
}

/** The set names to render: the named sets, or the single "(All)" set. */
function syntaxSets(cmdlet: CmdletInfo): string[] {
  return cmdlet.parameterSets.length > 0 ? cmdlet.parameterSets : [ALL_PARAMETER_SETS];
}

/** The parameter's entry for a set: its own, else its "(All)" entry. */
function entryForSet(parameter: ParameterInfo, set: string): ParameterSetEntry | undefined {
  return parameter.parameterSets.find((e) => e.name === set) ?? parameter.parameterSets.find((e) => e.name === ALL_PARAMETER_SETS);
}

/** One parameter as a syntax token, given its entry in the set. */
export function syntaxToken(parameter: ParameterInfo, entry: ParameterSetEntry): string {
  let value = '';
  if (parameter.acceptedValues.length > 0) value = ` {${parameter.acceptedValues.join(' | ')}}`;
  else if (!isSwitchType(parameter.type)) value = ` <${parameter.type}>`;
  const positional = entry.position !== null;
  const name = parameter.name;
  if (!entry.required && positional) return `[[-${name}]${value}]`;
  if (!entry.required) return `[-${name}${value}]`;
  if (positional) return `[-${name}]${value}`;
  return `-${name}${value}`;
}

function orderRank(parameter: ParameterInfo, entry: ParameterSetEntry): number {
  const sp = SHOULD_PROCESS_ORDER.indexOf(parameter.name);
  if (sp >= 0) return 2 + sp;
  return entry.position !== null ? 0 : 1;
}

/** The parameters of one set with their entries, in display order. */
function parametersOfSet(cmdlet: CmdletInfo, set: string): { parameter: ParameterInfo; entry: ParameterSetEntry }[] {
  const members = cmdlet.parameters.flatMap((parameter, index) => {
    const entry = entryForSet(parameter, set);
    return entry ? [{ parameter, entry, index }] : [];
  });
  members.sort((a, b) => {
    const rank = orderRank(a.parameter, a.entry) - orderRank(b.parameter, b.entry);
    if (rank !== 0) return rank;
    if (a.entry.position !== null && b.entry.position !== null && a.entry.position !== b.entry.position) {
      return a.entry.position - b.entry.position;
    }
    return a.index - b.index;
  });
  return members.map(({ parameter, entry }) => ({ parameter, entry }));
}

/** The unwrapped syntax line of each set. */
export function syntaxLines(cmdlet: CmdletInfo, commonParameters = cmdlet.supportsCommonParameters): string[] {
  return syntaxSets(cmdlet).map((set) => {
    const tokens = parametersOfSet(cmdlet, set).map(({ parameter, entry }) => syntaxToken(parameter, entry));
    if (commonParameters) tokens.push('[<CommonParameters>]');
    return [cmdlet.name, ...tokens].join(' ');
  });
}

/**
 * The syntax as Get-Command -Syntax prints it: a blank line, then each set's line (wrapped to the
 * width) followed by a blank line.
 */
export function renderSyntax(cmdlet: CmdletInfo, width: number): string {
  const lines = syntaxLines(cmdlet).flatMap((line) => [...wrapIndented(line, 0, width), '']);
  return `\n${lines.join('\n')}\n`;
}
