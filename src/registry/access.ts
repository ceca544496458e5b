/**
 * How a cmdlet handler sees the registry: one cmdlet by name, or all of them. A CLI call answers
 * `find` from the cmdlet's own slice (slices.ts) and reads the whole registry only when a handler
 * asks for `all` (Get-Command, the help overview) or a name has no slice.
 */
import type { CmdletInfo, CommandIndex, Registry } from './model.ts';

export interface RegistryAccess {
  /** The cmdlet named `name` (case-insensitive), or undefined. */
  find(name: string): CmdletInfo | undefined;
  /** The whole registry. */
  all(): Registry;
  /** Every cmdlet's name, verb and noun, with the module: what Get-Command lists. */
  index(): CommandIndex;
}

export function findIn(registry: Registry, name: string): CmdletInfo | undefined {
  const wanted = name.toLowerCase();
  return registry.cmdlets.find((cmdlet) => cmdlet.name.toLowerCase() === wanted);
}

/** Access to a registry already in memory (the persistent host, tests). */
export function accessTo(registry: Registry): RegistryAccess {
  return { find: (name) => findIn(registry, name), all: () => registry, index: () => registry };
}
