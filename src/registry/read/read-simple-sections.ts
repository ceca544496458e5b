/**
 * Sections without structure of their own: plain text (SYNOPSIS, DESCRIPTION, NOTES),
 * type lists (INPUTS, OUTPUTS: `### Type` + text) and RELATED LINKS.
 *
 * @module
 */
import type { RelatedLink, TypeDoc } from '../model.ts';
import { textOf, type Document } from './document.ts';
import { splitAt, type Part } from './headings.ts';

/** The section text as written, line ends normalised, outer blank lines dropped. */
export function readText(doc: Document, section: Part | undefined): string {
  return section ? textOf(doc, section.start, section.end) : '';
}

export function readTypeDocs(doc: Document, section: Part | undefined): TypeDoc[] {
  if (!section) return [];
  return splitAt(doc, section.start, section.end, 3).parts.map((part) => ({
    type: part.heading,
    description: textOf(doc, part.start, part.end),
  }));
}

const LINK = /^\[([^\]]*)\]\(\s*([^)]*?)\s*\)$/;

/** One link per non-blank line: `[text](uri)`, optionally as a list item, or bare text. */
export function readRelatedLinks(doc: Document, section: Part | undefined): RelatedLink[] {
  if (!section) return [];
  const links: RelatedLink[] = [];
  for (let index = section.start; index < section.end; index++) {
    const line = (doc.lines[index] ?? '').trim().replace(/^[-*+]\s+/, '');
    if (line === '' || doc.inCode[index]) continue;
    const match = LINK.exec(line);
    links.push(match ? { text: (match[1] ?? '').trim(), uri: match[2] || null } : { text: line, uri: null });
  }
  return links;
}
