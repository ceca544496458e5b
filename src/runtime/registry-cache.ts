/**
 * The checked registry kept in memory by a long-lived process (the persistent host): loaded and
 * checked once, then re-checked only when something the check reads has changed — the registry
 * file, its verified stamp, the help folder or a page in it (size, modification and change time,
 * inode). A few stat calls per request instead of reading, parsing and checking the registry.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../registry/model.ts';
import { loadRuntimeRegistry } from './registry-access.ts';

function statKey(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
  } catch {
    return 'missing';
  }
}

/** Everything loadRegistry's checks depend on, as one comparable string. */
function registryFingerprint(root: string): string {
  const registryPath = join(root, 'dist', 'registry.json');
  const helpDir = join(root, 'help');
  let pages: string[] = [];
  try {
    pages = readdirSync(helpDir).filter((name) => name.toLowerCase().endsWith('.md')).sort();
  } catch {
    pages = [];
  }
  return [registryPath, `${registryPath}.verified`, helpDir, ...pages.map((name) => join(helpDir, name))].map((path) => `${path}=${statKey(path)}`).join('\n');
}

/** Returns a loader that answers from memory while the fingerprint is unchanged. Failures are not cached. */
export function createRegistryCache(root: string): () => Registry {
  let cached: { fingerprint: string; registry: Registry } | undefined;
  return () => {
    const fingerprint = registryFingerprint(root);
    if (cached?.fingerprint === fingerprint) return cached.registry;
    cached = undefined;
    const registry = loadRuntimeRegistry(root);
    cached = { fingerprint, registry };
    return registry;
  };
}
