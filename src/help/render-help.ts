/**
 * Get-Help's views of one cmdlet. Each view is a list of sections, in PowerShell 7's order;
 * the text starts with a blank line and ends with one, as PowerShell's help output does.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import { renderExamples } from './examples.ts';
import { noParameterFound } from './errors.ts';
import { fullParameter, parametersSection } from './parameter-blocks.ts';
import {
  descriptionSection,
  inputsSection,
  nameSection,
  notesSection,
  outputsSection,
  relatedLinksSection,
  remarksSection,
  synopsisSection,
  syntaxSection,
  type SectionContext,
} from './sections.ts';
import { matchesWildcard } from './wildcard.ts';

export type HelpView = { kind: 'default' | 'detailed' | 'full' | 'examples' } | { kind: 'parameter'; name: string };

export interface HelpOptions {
  /** Output width: the terminal's columns, or 80 when not a terminal. */
  width: number;
  /** Whether to show [<CommonParameters>] and its entry; defaults to the cmdlet's own flag. */
  commonParameters?: boolean;
}

type Section = (cmdlet: CmdletInfo, ctx: SectionContext) => string[];

const examples: Section = (cmdlet, ctx) => renderExamples(cmdlet.examples, 4, ctx.width);
const detailedParameters: Section = (cmdlet, ctx) => parametersSection(cmdlet, 'detailed', ctx.commonParameters, ctx.width);
const fullParameters: Section = (cmdlet, ctx) => parametersSection(cmdlet, 'full', ctx.commonParameters, ctx.width);
const blankLine: Section = () => [''];

/** Which sections each view shows, in order. */
const VIEWS: Record<'default' | 'detailed' | 'full' | 'examples', Section[]> = {
  default: [nameSection, synopsisSection, syntaxSection, descriptionSection, relatedLinksSection, remarksSection],
  detailed: [nameSection, synopsisSection, syntaxSection, descriptionSection, detailedParameters, examples, remarksSection],
  full: [
    nameSection,
    synopsisSection,
    syntaxSection,
    descriptionSection,
    fullParameters,
    inputsSection,
    outputsSection,
    notesSection,
    examples,
    blankLine,
    relatedLinksSection,
  ],
  examples: [nameSection, synopsisSection, examples],
};

/** Joins display lines: a leading blank line, trailing blank lines folded into one. */
export function frame(lines: readonly string[]): string {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  return `\n${lines.slice(0, end).join('\n')}\n\n`;
}

/** -Parameter: the long entry of every parameter whose name matches (wildcards allowed). */
function renderParameterView(cmdlet: CmdletInfo, pattern: string, width: number): string {
  const matched = cmdlet.parameters.filter((p) => matchesWildcard(p.name, pattern));
  if (matched.length === 0) throw noParameterFound(pattern);
  return frame(matched.flatMap((p) => fullParameter(p, 0, width)));
}

/**
 * Renders a cmdlet's help in one of Get-Help's views. Throws PcshError NoParmsFound when
 * -Parameter matches no parameter.
 */
export function renderHelp(cmdlet: CmdletInfo, view: HelpView, options: HelpOptions): string {
  const ctx: SectionContext = {
    width: options.width,
    commonParameters: options.commonParameters ?? cmdlet.supportsCommonParameters,
  };
  if (view.kind === 'parameter') return renderParameterView(cmdlet, view.name, ctx.width);
  return frame(VIEWS[view.kind].flatMap((section) => section(cmdlet, ctx)));
}
