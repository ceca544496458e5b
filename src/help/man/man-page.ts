/**
 * A cmdlet's man page (roff, section 1) from the registry, the same model Get-Help renders:
 * NAME, SYNOPSIS (the syntax of every parameter set), DESCRIPTION, OPTIONS, INPUTS, OUTPUTS,
 * NOTES, EXAMPLES, SEE ALSO.
 *
 * @module
 */
import type { CmdletInfo, ParameterInfo, TypeDoc } from '../../registry/model.ts';
import { toParagraphs } from '../paragraphs.ts';
import { syntaxLines } from '../syntax.ts';
import { parameterTable } from '../parameter-blocks.ts';
import { codeLines, escapeRoff, foldInputLines, macro, proseLine, textLine } from './roff.ts';

export interface ManPageInfo {
  /** e.g. "pcsh 0.1.0", printed in the footer. */
  source: string;
  /** e.g. "November 23, 2026", printed in the footer. */
  date: string;
}

/** The page header and NAME section shared by every page. */
export function manHeader(name: string, summary: string, info: ManPageInfo): string[] {
  // No hyphenation, ragged right: option names must stay whole to be copied. groff's man macros
  // turn hyphenation back on at each paragraph from the HY register, so it is set to 0 as well.
  const title = macro('TH', name.toUpperCase(), '1', info.date, info.source, 'pcsh Manual');
  return [title, '.nh', '.nr HY 0', '.ad l', '.SH NAME', `${escapeRoff(name)} \\- ${escapeRoff(summary.trim())}`];
}

/** Markdown prose as roff paragraphs; list items and indented lines start their own line. */
export function proseSection(text: string): string[] {
  return toParagraphs(text).flatMap((paragraph) => ['.PP', ...paragraph.flatMap((line, i) => (i > 0 ? ['.br', proseLine(line)] : [proseLine(line)]))]);
}

/** One syntax line: tokens joined by breakable spaces. */
function synopsisLine(line: string): string[] {
  const [name = '', ...tokens] = line.split(/ (?=[-[])/);
  // `-Name <Type>` stays on one line; a list of accepted values may break between values.
  return ['.PP', `.B ${escapeRoff(name)}`, textLine(tokens.map((token) => escapeRoff(token).replace(' ', '\\~')).join(' '))];
}

function optionFacts(parameter: ParameterInfo): string {
  const facts = parameterTable(parameter).map(([label, value]) => `${label.replace(/\?$/, '')}: ${value}`);
  if (parameter.acceptedValues.length > 0) facts.push(`Accepted values: ${parameter.acceptedValues.join(', ')}`);
  const sets = parameter.parameterSets.map((e) => e.name).filter((n) => n !== '__AllParameterSets');
  if (sets.length > 0) facts.push(`Parameter sets: ${sets.join(', ')}`);
  return facts.join('; ');
}

function optionEntry(parameter: ParameterInfo): string[] {
  const value = parameter.type.toLowerCase() === 'switchparameter' ? '' : ` \\fI<${escapeRoff(parameter.type)}>\\fR`;
  const description = proseSection(parameter.description).slice(1);
  return ['.TP', `\\fB\\-${escapeRoff(parameter.name)}\\fR${value}`, ...description, '.IP', textLine(escapeRoff(optionFacts(parameter)))];
}

const COMMON_PARAMETERS_NOTE =
  'This command also takes the common parameters: -Verbose, -Debug, -ErrorAction, -WarningAction, -InformationAction, ' +
  '-ProgressAction, -ErrorVariable, -WarningVariable, -InformationVariable, -OutVariable, -OutBuffer and -PipelineVariable.';

/** A .NET type name may break after each dot (`\:`): the full names are wider than a terminal. */
function typeSection(title: string, docs: readonly TypeDoc[]): string[] {
  if (docs.length === 0) return [];
  const entry = (doc: TypeDoc) => [
    '.TP',
    `.B ${escapeRoff(doc.type).replace(/\./g, '.\\:')}`,
    ...(doc.description ? proseSection(doc.description).slice(1) : ['.br']),
  ];
  return [`.SH ${title}`, ...docs.flatMap(entry)];
}

function examplesSection(cmdlet: CmdletInfo): string[] {
  if (cmdlet.examples.length === 0) return [];
  const example = (e: CmdletInfo['examples'][number]) => [
    macro('SS', e.title),
    ...e.code.flatMap((block) => ['.PP', '.EX', ...codeLines(block.text), '.EE']),
    ...proseSection(e.remarks),
  ];
  return ['.SH EXAMPLES', ...cmdlet.examples.flatMap(example)];
}

function seeAlso(cmdlet: CmdletInfo): string[] {
  const pages = ['pcsh(1)', ...cmdlet.relatedLinks.filter((l) => !l.uri || l.uri.endsWith('.md')).map((l) => `${l.text}(1)`)];
  const links = cmdlet.relatedLinks.filter((l) => l.uri && /^https?:/.test(l.uri)).map((l) => `${l.text}: ${l.uri}`);
  return ['.SH SEE ALSO', textLine(escapeRoff(pages.join(', '))), ...links.flatMap((link) => ['.br', textLine(escapeRoff(link))])];
}

export function renderManPage(cmdlet: CmdletInfo, info: ManPageInfo): string {
  const lines = [
    ...manHeader(cmdlet.name, cmdlet.synopsis, info),
    '.SH SYNOPSIS',
    ...syntaxLines(cmdlet).flatMap(synopsisLine),
    ...(cmdlet.description ? ['.SH DESCRIPTION', ...proseSection(cmdlet.description)] : []),
    '.SH OPTIONS',
    ...cmdlet.parameters.flatMap(optionEntry),
    ...(cmdlet.supportsCommonParameters ? ['.PP', textLine(escapeRoff(COMMON_PARAMETERS_NOTE))] : []),
    ...typeSection('INPUTS', cmdlet.inputs),
    ...typeSection('OUTPUTS', cmdlet.outputs),
    ...(cmdlet.notes ? ['.SH NOTES', ...proseSection(cmdlet.notes)] : []),
    ...examplesSection(cmdlet),
    ...seeAlso(cmdlet),
  ];
  return finishPage(lines);
}

/** The page text: a paragraph macro right after a heading is dropped (mandoc warns about it). */
export function finishPage(lines: readonly string[]): string {
  return `${foldInputLines(lines.join('\n').replace(/\n\.(SH|SS) ([^\n]+)\n\.PP\n/g, '\n.$1 $2\n'))}\n`;
}
