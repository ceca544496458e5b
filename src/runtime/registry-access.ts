/**
 * Finding the registry and the cmdlets in it at run time. The registry is the generated
 * dist/registry.json; a stale or hand-edited one is refused by the loader with the fix.
 */
import { join } from 'node:path';
import { ExitCode, PcshError } from '../core/error-record.ts';
import { loadRegistry } from '../registry/load.ts';
import type { CmdletInfo, CommandIndex, Registry } from '../registry/model.ts';
import { findIn, type RegistryAccess } from '../registry/access.ts';
import { COMMAND_INDEX, SLICES_FOLDER, slicePath } from '../registry/slices.ts';
import { closestName } from '../binder/did-you-mean.ts';

export function loadRuntimeRegistry(root: string): Registry {
  return loadRegistry(join(root, 'dist', 'registry.json'), { helpDir: join(root, 'help') });
}

/**
 * The registry as one CLI call needs it, each file read at most once: `find` reads the cmdlet's own
 * slice, `index` the command index, `all` the whole registry (slices.ts). Each is checked like the
 * whole registry (schema version, content hash, help staleness). A name without a slice is looked up
 * in the whole registry, which also names the closest one; a missing index, the same.
 */
export function openCallRegistry(root: string): RegistryAccess {
  let whole: Registry | undefined;
  let index: CommandIndex | undefined;
  const all = () => (whole ??= loadRuntimeRegistry(root));
  const found = new Map<string, CmdletInfo | undefined>();
  const fromSlice = (name: string): CmdletInfo | undefined => {
    const path = slicePath(join(root, 'dist'), name);
    const slice = path === undefined ? undefined : loadIfPresent<Registry>(root, path);
    return slice && findIn(slice, name);
  };
  return {
    find: (name) => {
      const key = name.toLowerCase();
      if (!found.has(key)) found.set(key, whole ? findIn(whole, name) : (fromSlice(name) ?? findIn(all(), name)));
      return found.get(key);
    },
    all,
    index: () => (index ??= whole ?? loadIfPresent<CommandIndex>(root, join(root, 'dist', SLICES_FOLDER, COMMAND_INDEX)) ?? all()),
  };
}

/** A slice or the index, checked; undefined when the file is missing (the whole registry then answers). */
function loadIfPresent<R extends Registry | CommandIndex>(root: string, path: string): R | undefined {
  try {
    return loadRegistry<R>(path, { helpDir: join(root, 'help'), stamped: false });
  } catch (error) {
    if (error instanceof PcshError && error.errorId === 'RegistryMissing') return undefined;
    throw error;
  }
}

/** PowerShell's CommandNotFoundException text, with a suggestion when one is close. */
export function commandNotFound(name: string, registry: Registry): PcshError {
  const suggestion = closestName(name, registry.cmdlets.map((c) => c.name));
  const hint = suggestion ? `\n\nSuggestion: did you mean ${suggestion}?` : '';
  return new PcshError(
    `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\n` +
      `Check the spelling of the name, or if a path was included, verify that the path is correct and try again.${hint}`,
    { errorId: 'CommandNotFoundException', category: 'ObjectNotFound', targetObject: name, exitCode: ExitCode.Usage },
  );
}
