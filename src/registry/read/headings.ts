/**
 * Splits a line range of a Document at its markdown headings (outside code blocks).
 *
 * @module
 */
import type { Document } from './document.ts';

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

/** A heading and the body lines under it: [start, end) line indexes. */
export interface Part {
  level: number;
  heading: string;
  /** 0-based index of the heading line. */
  index: number;
  start: number;
  end: number;
}

export interface Split {
  /** Lines before the first heading. */
  intro: { start: number; end: number };
  parts: Part[];
}

/** The heading on line `index`, or null (also for lines inside code blocks). */
function headingAt(doc: Document, index: number): { level: number; text: string } | null {
  if (doc.inCode[index]) return null;
  const match = HEADING.exec(doc.lines[index] ?? '');
  if (!match) return null;
  return { level: (match[1] ?? '').length, text: (match[2] ?? '').trim() };
}

/** Splits [start, end) at every heading whose level is `level` or higher in rank (fewer #). */
export function splitAt(doc: Document, start: number, end: number, level: number): Split {
  const parts: Part[] = [];
  let introEnd = end;
  for (let index = start; index < end; index++) {
    const heading = headingAt(doc, index);
    if (!heading || heading.level > level) continue;
    const last = parts[parts.length - 1];
    if (last) last.end = index;
    else introEnd = index;
    parts.push({ level: heading.level, heading: heading.text, index, start: index + 1, end });
  }
  return { intro: { start, end: introEnd }, parts };
}
