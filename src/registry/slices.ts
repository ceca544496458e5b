/**
 * Registry slices: besides dist/registry.json (every cmdlet), the build writes one small registry
 * per cmdlet, dist/registry/<name in lower case>.json, holding only that cmdlet. A cmdlet call reads
 * its own slice (~10 KB) instead of the whole registry (~110 KB): less to read and parse, and the
 * content hash is cheap enough to check on every call. That matters once installed, where npm has
 * reset the modification times the whole registry's verified stamp relies on.
 *
 * The command index (commands.json in the same folder) is what Get-Command lists: every cmdlet's
 * name, verb and noun. A slice is a Registry in every respect (same schema version, source hash and module; its own
 * content hash over its one cmdlet), so the loader checks it exactly as it checks the whole one.
 *
 * @module
 */
import { join } from 'node:path';
import type { CmdletInfo, CommandIndex, Registry } from './model.ts';
import { hashContent } from './hash.ts';

/** The folder of the slices, beside registry.json. */
export const SLICES_FOLDER = 'registry';

/** The command index in that folder: what Get-Command lists (never a slice's name: it has no hyphen). */
export const COMMAND_INDEX = 'commands.json';

/** Only a plain Verb-Noun name names a slice file: anything else can never reach another path. */
const PLAIN_CMDLET_NAME = /^[A-Za-z]+-[A-Za-z]+$/;

/** The slice file of `name` under `distDir`, or undefined when `name` cannot name one. */
export function slicePath(distDir: string, name: string): string | undefined {
  return PLAIN_CMDLET_NAME.test(name) ? join(distDir, SLICES_FOLDER, `${name.toLowerCase()}.json`) : undefined;
}

/** The registry of one cmdlet, cut from the whole one. */
export function sliceOf(registry: Registry, cmdlet: CmdletInfo): Registry {
  return {
    schemaVersion: registry.schemaVersion,
    sourceHash: registry.sourceHash,
    contentHash: hashContent({ module: registry.module, cmdlets: [cmdlet] }),
    module: registry.module,
    cmdlets: [cmdlet],
  };
}

/** The command index of a registry: each cmdlet's name, verb and noun, with the module. */
export function commandIndexOf(registry: Registry): CommandIndex {
  const cmdlets = registry.cmdlets.map(({ name, verb, noun }) => ({ name, verb, noun }));
  return {
    schemaVersion: registry.schemaVersion,
    sourceHash: registry.sourceHash,
    contentHash: hashContent({ module: registry.module, cmdlets }),
    module: registry.module,
    cmdlets,
  };
}
