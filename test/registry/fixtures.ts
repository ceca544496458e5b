/** Shared by the registry tests: fixture and corpus locations. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHelpFile } from '../../src/registry/read-help-file.ts';
import type { CmdletInfo } from '../../src/registry/model.ts';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'platyps');
/** The shared corpus sits next to the repository: <root>/../shared/corpus/partner-center-help. */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'partner-center-help');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Reads a fixture that must have no diagnostics and be a cmdlet page. */
export function readCleanCmdlet(name: string, text = fixtureText(name)): CmdletInfo {
  const read = readHelpFile(name, text);
  if (read.diagnostics.length > 0 || !read.cmdlet) {
    throw new Error(`${name}: expected a clean cmdlet page, got ${JSON.stringify(read.diagnostics)}`);
  }
  return read.cmdlet;
}

export function corpusExists(): boolean {
  return existsSync(CORPUS);
}
