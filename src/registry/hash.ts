/**
 * The registry's two stamps, shared by the build and the run-time loader (node:crypto only).
 *
 * sourceHash: sha256 over the help files sorted by name (UTF-16 code-unit order); for each file
 *   the UTF-8 bytes of `name`, a NUL, the decimal byte length of its text, a NUL, then the UTF-8
 *   bytes of its text. The length makes the concatenation unambiguous.
 * contentHash: sha256 (hex) of canonicalJson({ module, cmdlets }): JSON with object keys sorted
 *   by code unit at every depth, arrays in order, no whitespace, undefined members left out.
 *   Reformatting the file keeps the hash; changing any value breaks it.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { CmdletInfo, ModuleInfo } from './model.ts';

export interface SourceFile {
  name: string;
  text: string;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function hashSources(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of sorted) {
    const bytes = Buffer.from(file.text, 'utf8');
    hash.update(file.name, 'utf8').update('\0').update(String(bytes.length)).update('\0').update(bytes);
  }
  return hash.digest('hex');
}

export function hashContent(content: { module: ModuleInfo | null; cmdlets: readonly CmdletInfo[] }): string {
  return createHash('sha256').update(canonicalJson({ module: content.module, cmdlets: content.cmdlets }), 'utf8').digest('hex');
}
