/**
 * The front matter between `---` lines: `key: value` per line, split on the first colon as
 * platyPS does. Keys are kept as written.
 *
 * @module
 */
import type { Document } from './document.ts';

export interface FrontMatter {
  values: Record<string, string>;
  /** Index of the first line after the front matter (0 when there is none). */
  bodyStart: number;
}

const SECTION = 'front matter';

export function readFrontMatter(doc: Document): FrontMatter {
  const values = Object.create(null) as Record<string, string>;
  let first = 0;
  while (first < doc.lines.length && (doc.lines[first] ?? '').trim() === '') first++;
  if ((doc.lines[first] ?? '').trim() !== '---') {
    doc.reporter.report(first + 1, SECTION, 'missing-front-matter', 'The file does not start with front matter between "---" lines.');
    return { values, bodyStart: 0 };
  }
  for (let index = first + 1; index < doc.lines.length; index++) {
    const line = doc.lines[index] ?? '';
    if (line.trim() === '---') return { values, bodyStart: index + 1 };
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      doc.reporter.report(index + 1, SECTION, 'front-matter-bad-line', `Expected "key: value", found "${line.trim()}".`);
      continue;
    }
    const key = line.slice(0, colon).trim();
    if (Object.hasOwn(values, key)) doc.reporter.report(index + 1, SECTION, 'front-matter-duplicate-key', `Key "${key}" appears more than once.`);
    values[key] = line.slice(colon + 1).trim();
  }
  doc.reporter.report(first + 1, SECTION, 'unterminated-front-matter', 'The front matter has no closing "---" line.');
  return { values, bodyStart: doc.lines.length };
}

/** A front-matter value looked up case-insensitively; null when absent or empty. */
export function frontMatterValue(values: Record<string, string>, key: string): string | null {
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(values)) {
    if (name.toLowerCase() === wanted) return value === '' ? null : value;
  }
  return null;
}
