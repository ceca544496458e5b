/** Test helper: the real help/ pages read through the registry's markdown reader. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import { readHelpFile, type HelpFileRead } from '../../src/registry/read-help-file.ts';
import type { CmdletInfo, ModuleInfo, Registry } from '../../src/registry/model.ts';

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

/** A registry built straight from help/ (no hashes, no metadata merge): enough for rendering. */
export function loadRegistry(): Registry {
  const cmdlets: CmdletInfo[] = [];
  let module: ModuleInfo | null = null;
  for (const source of readHelpDir(HELP_DIR)) {
    const read = readHelpFile(source.name, source.text);
    if (read.cmdlet) cmdlets.push(read.cmdlet);
    if (read.module) module = read.module;
  }
  return { schemaVersion: 1, sourceHash: '', contentHash: '', module, cmdlets };
}
