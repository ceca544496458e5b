/**
 * The EXAMPLES section: `### Title`, code blocks (with their language) and remarks.
 *
 * @module
 */
import type { Example } from '../model.ts';
import type { Document } from './document.ts';
import { splitAt, type Part } from './headings.ts';
import { proseOf, readBlocks } from './blocks.ts';

export function readExamples(doc: Document, section: Part | undefined): Example[] {
  if (!section) return [];
  return splitAt(doc, section.start, section.end, 3).parts.map((part) => {
    const blocks = readBlocks(doc, part.start, part.end);
    return {
      title: part.heading,
      code: blocks.flatMap((b) => (b.kind === 'code' ? [{ lang: b.lang, text: b.text }] : [])),
      remarks: proseOf(blocks),
    };
  });
}
