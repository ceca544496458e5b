/**
 * Help prose as PowerShell shows it: platyPS turns each markdown paragraph into a MAML para and
 * PowerShell prints paragraphs separated by one blank line, soft line breaks joined by a space.
 * List items and indented lines keep their own lines.
 *
 * @module
 */
import { wrapIndented } from './wrap-text.ts';

const KEEP_LINE = /^(\s{2,}|[-*+] |\d+[.)] )/;

/** Splits markdown prose into paragraphs, each a list of display lines. */
export function toParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const joined: string[] = [];
    for (const line of lines) {
      const last = joined.length - 1;
      if (last >= 0 && !KEEP_LINE.test(line)) joined[last] = `${joined[last]} ${line.trim()}`;
      else joined.push(KEEP_LINE.test(line) ? line.trimEnd() : line.trim());
    }
    paragraphs.push(joined);
  }
  return paragraphs;
}

/**
 * Renders prose at an indent: each paragraph wrapped, followed by one blank line (PowerShell's
 * MAML paragraphs end with an empty line). Returns no lines for empty text.
 */
export function renderProse(text: string, indent: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of toParagraphs(text)) {
    for (const line of paragraph) out.push(...wrapIndented(line, indent, width));
    out.push('');
  }
  return out;
}
