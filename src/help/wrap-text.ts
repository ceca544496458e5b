/**
 * Line wrapping as PowerShell's formatter does it for help text: a line longer than the
 * available columns breaks at the last space that fits, a word longer than a whole line is cut,
 * and continuation lines keep the indent of the frame they belong to.
 *
 * PowerShell keeps the last console column free (it writes `width - 1` characters at most so the
 * console never wraps by itself); `maxLineLength` follows it.
 *
 * @module
 */

/** The longest line PowerShell writes for a given console or output width. */
export function maxLineLength(width: number): number {
  return Math.max(width - 1, 1);
}

/** Splits one line of text into pieces of at most `columns` characters. */
export function wrapLine(line: string, columns: number): string[] {
  const limit = Math.max(columns, 1);
  const pieces: string[] = [];
  let rest = line.trimEnd();
  while (rest.length > limit) {
    const cut = rest.lastIndexOf(' ', limit);
    if (cut > 0) {
      pieces.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut + 1).trimStart();
    } else {
      pieces.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Wraps every line of `text` (split on line breaks) inside a frame indented by `indent` spaces,
 * for an output `width`. Empty lines stay empty (no trailing blanks).
 */
export function wrapIndented(text: string, indent: number, width: number): string[] {
  const pad = ' '.repeat(indent);
  const columns = Math.max(maxLineLength(width) - indent, 8);
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    for (const piece of wrapLine(line, columns)) out.push(piece === '' ? '' : pad + piece);
  }
  return out;
}
