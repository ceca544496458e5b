/**
 * Finding the registry and the cmdlets in it at run time. The registry is the generated
 * dist/registry.json; a stale or hand-edited one is refused by the loader with the fix.
 */
import { join } from 'node:path';
import { ExitCode, PcshError } from '../core/error-record.ts';
import { loadRegistry } from '../registry/load.ts';
import type { CmdletInfo, Registry } from '../registry/model.ts';
import { closestName } from '../binder/did-you-mean.ts';

export function loadRuntimeRegistry(root: string): Registry {
  return loadRegistry(join(root, 'dist', 'registry.json'), { helpDir: join(root, 'help') });
}

export function findCmdlet(registry: Registry, name: string): CmdletInfo | undefined {
  const wanted = name.toLowerCase();
  return registry.cmdlets.find((cmdlet) => cmdlet.name.toLowerCase() === wanted);
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
