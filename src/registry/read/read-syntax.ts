/**
 * The SYNTAX section: `### SetName` or `### SetName (Default)` + a code block per parameter set,
 * or a single unnamed code block. Block text is kept as written (line ends normalised).
 *
 * @module
 */
import type { SyntaxBlock } from '../model.ts';
import type { Document } from './document.ts';
import { splitAt, type Part } from './headings.ts';
import { readBlocks } from './blocks.ts';

/** A syntax block and the line of its heading (or code fence when unnamed). */
export interface ReadSyntax {
  block: SyntaxBlock;
  line: number;
}

const SECTION = 'SYNTAX';
const SET_HEADING = /^(.*?)\s*(\(Default\))?$/i;

export function readSyntax(doc: Document, section: Part | undefined): ReadSyntax[] {
  if (!section) return [];
  const split = splitAt(doc, section.start, section.end, 3);
  const read: ReadSyntax[] = codeBlocks(doc, split.intro.start, split.intro.end).map((code) => ({
    block: { setName: null, isDefault: false, text: code.text },
    line: code.line,
  }));
  for (const part of split.parts) read.push(...readNamed(doc, part));
  const unnamed = read.filter((entry) => entry.block.setName === null);
  if (unnamed.length > 0 && read.length > 1) {
    doc.reporter.report(unnamed[0]?.line ?? section.index + 1, SECTION, 'ambiguous-syntax', 'An unnamed syntax block must be the only one; name each parameter set with "### SetName".');
  }
  checkSets(doc, read);
  return read;
}

function readNamed(doc: Document, part: Part): ReadSyntax[] {
  const match = SET_HEADING.exec(part.heading);
  const setName = match?.[1] ?? part.heading;
  const codes = codeBlocks(doc, part.start, part.end);
  if (codes.length !== 1) {
    doc.reporter.report(part.index + 1, SECTION, 'bad-syntax-block', `Parameter set "${setName}" needs exactly one code block, found ${codes.length}.`);
  }
  return codes.slice(0, 1).map((code) => ({
    block: { setName, isDefault: match?.[2] !== undefined, text: code.text },
    line: part.index + 1,
  }));
}

function codeBlocks(doc: Document, start: number, end: number): { text: string; line: number }[] {
  return readBlocks(doc, start, end).flatMap((b) => (b.kind === 'code' ? [{ text: b.text, line: b.line }] : []));
}

function checkSets(doc: Document, read: readonly ReadSyntax[]): void {
  const seen = new Set<string>();
  let defaults = 0;
  for (const { block, line } of read) {
    if (block.isDefault && ++defaults === 2) doc.reporter.report(line, SECTION, 'duplicate-default-set', 'More than one parameter set is marked (Default).');
    if (block.setName === null) continue;
    if (block.setName === '') doc.reporter.report(line, SECTION, 'bad-syntax-block', 'A parameter-set heading has no name.');
    const key = block.setName.toLowerCase();
    if (seen.has(key)) doc.reporter.report(line, SECTION, 'duplicate-parameter-set', `Parameter set "${block.setName}" appears more than once.`);
    seen.add(key);
  }
}
