/**
 * Text → roff for man(7) pages. Every character roff would change is escaped: `\`, the hyphen
 * (`-` would print as a typographic hyphen and break copied options), quotes and a leading
 * period or apostrophe (a control line). Markdown `code` spans become bold.
 *
 * @module
 */

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\e',
  '-': '\\-',
  "'": '\\(aq',
  '`': '\\(ga',
  '~': '\\(ti',
  '^': '\\(ha',
};

/** Escapes text for use inside a roff line (not at its start: see `textLine`). */
export function escapeRoff(text: string): string {
  return text.replace(/[\\\-'`~^]/g, (ch) => SPECIAL[ch] ?? ch);
}

/** A text line: escaped, never read as a request, no leading or trailing blanks. */
export function textLine(text: string): string {
  const line = text.trim();
  return line.startsWith('.') ? `\\&${line}` : line;
}

/** Prose with markdown `code` spans set in bold. */
export function proseLine(text: string): string {
  const parts = text.trim().split('`');
  // Odd parts were between backticks; an unpaired backtick stays as written.
  const paired = parts.length % 2 === 1;
  const out = parts.map((part, index) => {
    const escaped = escapeRoff(part);
    if (!paired) return escaped;
    return index % 2 === 1 ? `\\fB${escaped}\\fR` : escaped;
  });
  return textLine(out.join(paired ? '' : '\\(ga'));
}

/** Lines of a no-fill code block (.EX/.EE): leading blanks kept, blank lines kept as `.sp`. */
export function codeLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    if (line.trim() === '') return '.sp';
    const escaped = escapeRoff(line.trimEnd());
    return escaped.startsWith('.') ? `\\&${escaped}` : escaped;
  });
}

/** A macro line with quoted arguments, e.g. `.TH "NAME" "1"`. */
export function macro(name: string, ...args: string[]): string {
  return [`.${name}`, ...args.map((arg) => `"${escapeRoff(arg).replace(/"/g, '\\(dq')}"`)].join(' ');
}

/** One roff character or escape sequence: an input line is never cut inside an escape. */
const ROFF_UNIT = /\\\([^]{2}|\\f[A-Z]|\\[^]|[^]/gu;
/** mandoc's style check: input lines up to 80 bytes. */
const MAX_INPUT_BYTES = 80;

/**
 * Cuts input lines longer than 80 bytes with backslash-newline, which roff joins again: the
 * rendered page is the same, and the source stays within the lint's line length.
 */
export function foldInputLines(text: string): string {
  return text
    .split('\n')
    // A request line (.SS "long title") stays whole: the lint's limit is for text lines.
    .map((line) => (Buffer.byteLength(line) <= MAX_INPUT_BYTES || line.startsWith('.') ? line : foldLine(line)))
    .join('\n');
}

function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  for (const unit of line.match(ROFF_UNIT) ?? []) {
    if (Buffer.byteLength(piece + unit) > MAX_INPUT_BYTES - 1) {
      pieces.push(`${piece}\\`);
      piece = '';
    }
    piece += unit;
  }
  return [...pieces, piece].join('\n');
}
