/** Test helper: the real registry, built from help/ plus the cmdlet metadata, as the build does. */
import { fileURLToPath } from 'node:url';
import { buildRegistry } from '../../src/registry/build.ts';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import { cmdletMetadata } from '../../src/cmdlets/metadata.ts';
import type { CmdletInfo, Registry } from '../../src/registry/model.ts';

const HELP_DIR = fileURLToPath(new URL('../../help/', import.meta.url));

export function realRegistry(): Registry {
  const metadata = cmdletMetadata.map(({ load: _load, ...rest }) => rest);
  return buildRegistry(readHelpDir(HELP_DIR), metadata).registry;
}

export function cmdletOf(registry: Registry, name: string): CmdletInfo {
  const cmdlet = registry.cmdlets.find((c) => c.name === name);
  if (!cmdlet) throw new Error(`${name} is not in the registry`);
  return cmdlet;
}
