/**
 * The success stream. Text (Get-Help, Get-Command) is written as is. Objects print like
 * PowerShell's list view on a terminal and as JSON lines otherwise; PCSH_FORMAT or
 * `pcsh --format` picks json, list or table explicitly.
 */
export type OutputFormat = 'json' | 'list' | 'table';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'list', 'table'];

export interface FormatOptions {
  format: OutputFormat;
  width: number;
  colour: boolean;
}

/** The format in force: explicit choice, else list for a terminal, JSON lines otherwise. */
export function chooseFormat(explicit: string | undefined, isTerminal: boolean): OutputFormat | Error {
  if (explicit === undefined || explicit === '') return isTerminal ? 'list' : 'json';
  const wanted = explicit.toLowerCase();
  const match = OUTPUT_FORMATS.find((f) => f === wanted);
  return match ?? new Error(`Cannot use output format "${explicit}". Use one of: ${OUTPUT_FORMATS.join(', ')}.`);
}

export function formatOutput(items: readonly unknown[], options: FormatOptions): string {
  const texts = items.filter((item) => typeof item === 'string') as string[];
  const objects = items.filter((item) => typeof item !== 'string' && item !== undefined && item !== null);
  let out = texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('');
  if (objects.length === 0) return out;
  if (options.format === 'json') out += objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
  else if (options.format === 'table') out += formatTable(objects, options);
  else out += formatList(objects, options);
  return out;
}

const GREEN = '\u001b[32;1m';
const RESET = '\u001b[0m';

/**
 * Format-List: a blank line, then `Name : value` per property, names padded to the longest.
 * Nested objects (line items, orders) are expanded as indented lists below their property
 * rather than squeezed into one @{…} string, so a cart reads at a glance.
 */
function formatList(objects: readonly unknown[], options: FormatOptions): string {
  const lines: string[] = [];
  for (const object of objects) {
    lines.push('');
    listLines(object as Record<string, unknown>, 0, options, lines);
  }
  return lines.join('\n') + '\n\n';
}

function listLines(object: Record<string, unknown>, indent: number, options: FormatOptions, lines: string[]): void {
  const entries = Object.entries(object);
  const pad = Math.max(0, ...entries.map(([key]) => key.length));
  const margin = ' '.repeat(indent);
  for (const [key, value] of entries) {
    const label = `${key.padEnd(pad)} : `;
    const shown = options.colour ? `${GREEN}${label}${RESET}` : label;
    const nested = nestedObjects(value);
    if (nested) {
      lines.push(`${margin}${shown}`.trimEnd());
      nested.forEach((item, i) => {
        if (i > 0) lines.push('');
        listLines(item, indent + 4, options, lines);
      });
      continue;
    }
    const wrapped = wrapWords(displayValue(value), options.width - indent - label.length - 1);
    lines.push(`${margin}${shown}${wrapped[0] ?? ''}`.trimEnd());
    for (const more of wrapped.slice(1)) lines.push(`${' '.repeat(indent + label.length)}${more}`);
  }
}

/** Objects, or non-empty arrays of objects, are expanded; everything else prints inline. */
function nestedObjects(value: unknown): Record<string, unknown>[] | undefined {
  if (Array.isArray(value)) {
    const objects = value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    return objects ? (value as Record<string, unknown>[]) : undefined;
  }
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) return [value as Record<string, unknown>];
  return undefined;
}

/** Format-Table: one column per property of the first object, cut to the width. */
function formatTable(objects: readonly unknown[], options: FormatOptions): string {
  const columns = Object.keys(objects[0] as Record<string, unknown>);
  const rows = objects.map((o) => columns.map((c) => displayValue((o as Record<string, unknown>)[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const fit = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' ').slice(0, options.width).trimEnd();
  const header = fit(columns);
  const rule = fit(widths.map((w, i) => '-'.repeat(Math.min(w, columns[i]!.length))));
  return `\n${options.colour ? GREEN + header + RESET : header}\n${rule}\n${rows.map(fit).join('\n')}\n\n`;
}

/** How PowerShell shows a property value: arrays as {a, b}, nested objects as @{K=V; …}. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `{${value.map(displayValue).join(', ')}}`;
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${displayValue(v)}`);
    return `@{${parts.join('; ')}}`;
  }
  return String(value);
}

/** Wraps at spaces where it can, else cuts; a narrow width never wraps. */
function wrapWords(text: string, width: number): string[] {
  if (width < 20 || text.length <= width) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > width / 2 ? space : width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(rest);
  return lines;
}
