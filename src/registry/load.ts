/**
 * Loads dist/registry.json at run time: readFileSync + JSON.parse and three stamp checks, no
 * schema validation (the build validated it). Refused with exit code 3 and the fix:
 * - RegistryVersionMismatch: built for another schema version;
 * - RegistryModified: unreadable, or the content hash no longer matches (edited by hand; skipped
 *   while the file is exactly as the build wrote it, see verified-stamp.ts);
 * - RegistryStale: `helpDir` exists (a source checkout) and its help files changed since.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, PcshError } from '../core/error-record.ts';
import { REGISTRY_SCHEMA_VERSION, type CommandIndex, type Registry } from './model.ts';
import { hashContent, hashSources } from './hash.ts';
import { readHelpDir } from './read-help-dir.ts';
import { isVerifiedAsBuilt } from './verified-stamp.ts';

export interface LoadRegistryOptions {
  /** The help sources the registry was built from; checked for staleness when the folder exists. */
  helpDir?: string;
  /** How to rebuild, named in every refusal; default `npm run build`. */
  rebuildCommand?: string;
  /** false: the file has no verified stamp (slices, the command index), so always hash it, without looking for one. */
  stamped?: boolean;
}

/**
 * `R` is what the file holds: the registry (the default), a slice of it, or the command index
 * (slices.ts); all are checked the same way.
 */
export function loadRegistry<R extends Registry | CommandIndex = Registry>(registryPath: string, options: LoadRegistryOptions = {}): R {
  const fix = `Run "${options.rebuildCommand ?? 'npm run build'}" to regenerate it.`;
  const refuse = (errorId: string, message: string, cause?: unknown) =>
    new PcshError(`${message} ${fix}`, { errorId, category: 'InvalidData', targetObject: registryPath, exitCode: ExitCode.Registry, cause });
  const registry = readJson(registryPath, refuse) as R;
  if (registry.schemaVersion !== REGISTRY_SCHEMA_VERSION) {
    throw refuse('RegistryVersionMismatch', `The command registry ${registryPath} has schema version ${String(registry.schemaVersion)}; this pcsh reads version ${REGISTRY_SCHEMA_VERSION}.`);
  }
  if (!Array.isArray(registry.cmdlets) || (!(options.stamped !== false && isVerifiedAsBuilt(registryPath)) && hashContent(registry) !== registry.contentHash)) {
    throw refuse('RegistryModified', `The command registry ${registryPath} was changed after it was built (its content hash does not match).`);
  }
  if (options.helpDir !== undefined && helpChangedSince(options.helpDir, registryPath) && hashSources(readHelpDir(options.helpDir)) !== registry.sourceHash) {
    throw refuse('RegistryStale', `The command registry ${registryPath} is out of date: the help files in ${options.helpDir} changed after it was built.`);
  }
  return registry;
}

/**
 * Whether the help folder may differ from what the registry was built from: the folder (files
 * added or removed) or a page was modified at or after the time the registry was written. Only then are the
 * sources read and hashed — a stat per page instead of hashing every page on every call.
 */
function helpChangedSince(helpDir: string, registryPath: string): boolean {
  if (!existsSync(helpDir)) return false;
  const builtAt = statSync(registryPath).mtimeMs;
  if (statSync(helpDir).mtimeMs >= builtAt) return true;
  return readdirSync(helpDir).some((name) => name.toLowerCase().endsWith('.md') && statSync(join(helpDir, name)).mtimeMs >= builtAt);
}

type Refuse = (errorId: string, message: string, cause?: unknown) => PcshError;

function readJson(registryPath: string, refuse: Refuse): Registry | CommandIndex {
  let text: string;
  try {
    text = readFileSync(registryPath, 'utf8');
  } catch (error) {
    throw refuse('RegistryMissing', `The command registry ${registryPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw refuse('RegistryModified', `The command registry ${registryPath} is not valid JSON.`, error);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw refuse('RegistryModified', `The command registry ${registryPath} is not a registry object.`);
  }
  return parsed as Registry;
}
