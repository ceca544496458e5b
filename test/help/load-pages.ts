/** Test helper: the real help/ pages read through the registry's markdown reader. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHelpFile, type HelpFileRead } from '../../src/registry/read-help-file.ts';
import type { CmdletInfo } from '../../src/registry/model.ts';

export const HELP_DIR = fileURLToPath(new URL('../../help/', import.meta.url));

function readPage(name: string): HelpFileRead {
  const file = `${name}.md`;
  return readHelpFile(file, readFileSync(HELP_DIR + file, 'utf8'));
}

export function loadCmdlet(name: string): CmdletInfo {
  const read = readPage(name);
  if (!read.cmdlet) throw new Error(`${name}.md did not read as a cmdlet page`);
  return read.cmdlet;
}
