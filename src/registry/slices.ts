/**
 * Registry slices: besides dist/registry.json (every cmdlet), the build writes one small registry
 * per cmdlet, dist/registry/<name in lower case>.json, holding only that cmdlet. A cmdlet call reads
 * its own slice (~10 KB) instead of the whole registry (~110 KB): less to read and parse, and the
 * content hash is cheap enough to check on every call. That matters once installed, where npm has
 * reset the modification times the whole registry's verified stamp relies on.
 *
 * A slice is a Registry in every respect (same schema version, source hash and module; its own
 * content hash over its one cmdlet), so the loader checks it exactly as it checks the whole one.
 *
 * @module
 */
import { join } from 'node:path';
import type { CmdletInfo, Registry } from './model.ts';
import { hashContent } from './hash.ts';

/** The folder of the slices, beside registry.json. */
export const SLICES_FOLDER = 'registry';

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
