/**
 * A line range as a sequence of prose and fenced code blocks.
 *
 * @module
 */
import { matchFence, textOf, type Document } from './document.ts';

export type Block =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'code'; lang: string; text: string; line: number; lines: { text: string; line: number }[] };

/** Prose between code blocks becomes one text block (blank-only stretches are dropped). */
export function readBlocks(doc: Document, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  let textStart = start;
  let index = start;
  while (index < end) {
    const fence = doc.inCode[index] ? matchFence(doc.lines[index] ?? '') : null;
    if (!fence) {
      index++;
      continue;
    }
    pushText(doc, blocks, textStart, index);
    let close = index + 1;
    while (close < end && doc.inCode[close] && !isCloser(doc, close, fence.fence)) close++;
    const inner = doc.lines.slice(index + 1, close).map((text, i) => ({ text, line: index + 2 + i }));
    const lang = fence.info.split(/\s+/)[0] ?? '';
    blocks.push({ kind: 'code', lang, text: inner.map((l) => l.text).join('\n'), line: index + 1, lines: inner });
    index = close + 1;
    textStart = index;
  }
  pushText(doc, blocks, textStart, end);
  return blocks;
}

function isCloser(doc: Document, index: number, opener: string): boolean {
  const fence = matchFence(doc.lines[index] ?? '');
  return fence !== null && fence.info === '' && fence.fence[0] === opener[0] && fence.fence.length >= opener.length;
}

function pushText(doc: Document, blocks: Block[], start: number, end: number): void {
  const text = textOf(doc, start, end);
  if (text === '') return;
  let first = start;
  while ((doc.lines[first] ?? '').trim() === '') first++;
  blocks.push({ kind: 'text', text, line: first + 1 });
}

/** The prose blocks joined by a blank line. */
export function proseOf(blocks: readonly Block[]): string {
  return blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('\n\n');
}
