/**
 * The help sources of a folder: every `*.md` file directly in it, sorted by name, read as UTF-8.
 * The build and the loader's staleness check read them the same way, so their hashes agree.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './hash.ts';

export function readHelpDir(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
