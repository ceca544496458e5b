/**
 * PowerShell literal writers. Every text that comes from the registry goes through `psString`:
 * PowerShell treats U+0027 and the typographic quotes U+2018–U+201B alike as single quotes, so
 * each of them is doubled inside a single-quoted literal.
 *
 * @module
 */

const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A single-quoted PowerShell string literal for `text`. */
export function psString(text: string): string {
  return `'${text.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;
}

/** `@('a', 'b')` (or `@()`). */
export function psStringArray(values: readonly string[]): string {
  return `@(${values.map(psString).join(', ')})`;
}

/** Comma-separated single-quoted strings, as attribute arguments: `'a', 'b'`. */
export function psStringList(values: readonly string[]): string {
  return values.map(psString).join(', ');
}

/** `$true` / `$false`. */
export function psBool(value: boolean): string {
  return value ? '$true' : '$false';
}

/** True when `name` can be written as a bare PowerShell variable / hashtable key. */
function isSimpleName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** A hashtable key: bare when simple, else quoted. */
function psKey(name: string): string {
  return isSimpleName(name) ? name : psString(name);
}

/** Multi-line hashtable literal of string / boolean / nested-literal values, keys in the given order. */
export function psHashtable(entries: [string, string][], indent: string): string {
  if (entries.length === 0) return '@{}';
  const lines = entries.map(([key, literal]) => `${indent}    ${psKey(key)} = ${literal}`);
  return `@{\n${lines.join('\n')}\n${indent}}`;
}
