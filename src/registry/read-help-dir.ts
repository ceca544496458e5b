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
  return helpFileNames(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The help file names of a folder, sorted as the build and the hashes take them. */
export function helpFileNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The same files read one at a time, as they are used (the build keeps no page's text). */
export function* readHelpFiles(dir: string, names: readonly string[] = helpFileNames(dir)): Generator<SourceFile> {
  for (const name of names) yield { name, text: readFileSync(join(dir, name), 'utf8') };
}
