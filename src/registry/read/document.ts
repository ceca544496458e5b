/**
 * A help file as lines (BOM stripped, CRLF/CR normalised) with its fenced code regions marked,
 * plus the reporter for its diagnostics. Every reader takes a Document and line indexes into it;
 * diagnostics use 1-based line numbers of the original file.
 *
 * @module
 */
import { createReporter, type Reporter } from '../diagnostics.ts';

export interface Document {
  readonly file: string;
  readonly lines: readonly string[];
  /** Per line: true when the line is a fence delimiter or inside a fenced code block. */
  readonly inCode: readonly boolean[];
  readonly reporter: Reporter;
}

/** A fence opener: up to 3 spaces, 3+ backticks or tildes, then the info string. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export function openDocument(file: string, text: string): Document {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const reporter = createReporter(file);
  return { file, lines, inCode: markCode(lines, reporter), reporter };
}

/** Parses a fence line: the fence run and the info string, or null when the line is no fence. */
export function matchFence(line: string): { fence: string; info: string } | null {
  const match = FENCE.exec(line);
  if (!match) return null;
  return { fence: match[1] ?? '', info: (match[2] ?? '').trim() };
}

function markCode(lines: readonly string[], reporter: Reporter): boolean[] {
  const inCode = new Array<boolean>(lines.length).fill(false);
  let open: { fence: string; index: number } | null = null;
  lines.forEach((line, index) => {
    const fence = matchFence(line);
    if (open) {
      inCode[index] = true;
      if (fence && fence.info === '' && closes(open.fence, fence.fence)) open = null;
    } else if (fence) {
      inCode[index] = true;
      open = { fence: fence.fence, index };
    }
  });
  if (open) {
    const start = (open as { index: number }).index;
    reporter.report(start + 1, 'markdown', 'unterminated-code-block', 'Code block is not closed before the end of the file.');
  }
  return inCode;
}

function closes(opener: string, closer: string): boolean {
  return closer[0] === opener[0] && closer.length >= opener.length;
}

/** Lines [start, end) joined with "\n", trailing spaces and outer blank lines removed. */
export function textOf(doc: Document, start: number, end: number): string {
  const lines = doc.lines.slice(start, end).map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
