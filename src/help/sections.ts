/**
 * The sections of a cmdlet's help, each a function from the cmdlet to display lines, laid out as
 * PowerShell 7's help views lay them out: a heading at column 0, the body indented 4 spaces.
 *
 * @module
 */
import type { CmdletInfo, TypeDoc } from '../registry/model.ts';
import { renderProse } from './paragraphs.ts';
import { syntaxLines } from './syntax.ts';
import { wrapIndented } from './wrap-text.ts';

export interface SectionContext {
  width: number;
  commonParameters: boolean;
}

export function nameSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  return ['NAME', ...wrapIndented(cmdlet.name, 4, ctx.width), ''];
}

export function synopsisSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  const prose = renderProse(cmdlet.synopsis, 4, ctx.width);
  return ['SYNOPSIS', ...(prose.length > 0 ? prose : ['']), ''];
}

export function syntaxSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  const lines = syntaxLines(cmdlet, ctx.commonParameters).flatMap((line) => [...wrapIndented(line, 4, ctx.width), '']);
  return ['SYNTAX', ...lines, ''];
}

export function descriptionSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  const prose = renderProse(cmdlet.description, 4, ctx.width);
  return ['DESCRIPTION', ...(prose.length > 0 ? prose : ['']), ''];
}

const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The related links as PowerShell lists them: link text, then the URI when it is absolute. */
function relatedLinkLines(cmdlet: CmdletInfo): string[] {
  const links = cmdlet.onlineVersion ? [{ text: 'Online Version:', uri: cmdlet.onlineVersion }] : [];
  links.push(...cmdlet.relatedLinks.map((l) => ({ text: l.text, uri: l.uri ?? '' })));
  return links.map(({ text, uri }) => [text, ABSOLUTE_URI.test(uri) ? uri : ''].filter((s) => s !== '').join(' '));
}

export function relatedLinksSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  return ['RELATED LINKS', ...relatedLinkLines(cmdlet).flatMap((line) => wrapIndented(line, 4, ctx.width)), ''];
}

export function remarksSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  const hint = (label: string, view: string) => `${label}"Get-Help ${cmdlet.name} -${view}"`;
  const lines = [
    hint('To see the examples, type: ', 'Examples'),
    hint('For more information, type: ', 'Detailed'),
    hint('For technical information, type: ', 'Full'),
  ];
  if (relatedLinkLines(cmdlet).length > 0) lines.push(hint('For online help, type: ', 'Online'));
  return ['REMARKS', ...lines.flatMap((line) => wrapIndented(line, 4, ctx.width))];
}

function typeLines(types: readonly TypeDoc[], ctx: SectionContext): string[] {
  return types.flatMap((t) => {
    const prose = renderProse(t.description, 8, ctx.width);
    return [...wrapIndented(t.type, 4, ctx.width), ...(prose.length > 0 ? prose : [''])];
  });
}

export function inputsSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  return ['INPUTS', ...typeLines(cmdlet.inputs, ctx), ''];
}

export function outputsSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  return ['OUTPUTS', ...typeLines(cmdlet.outputs, ctx), ''];
}

/** NOTES: platyPS writes them as an untitled alert, which PowerShell indents one level further. */
export function notesSection(cmdlet: CmdletInfo, ctx: SectionContext): string[] {
  return ['NOTES', '', '', ...renderProse(cmdlet.notes, 8, ctx.width)];
}
