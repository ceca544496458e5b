/**
 * `pcsh registry build --help-dir DIR --out FILE [--keep-going]`: prints every diagnostic as
 * `file:line: section: message`, then a summary. Exit 0 when clean. With problems: exit 1, and
 * the registry is written (atomically) only with --keep-going, from what could be read.
 *
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../core/write-file-atomic.ts';
import { buildRegistryFromSorted, serializeRegistry } from './build.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { helpFileNames, readHelpFiles } from './read-help-dir.ts';
import type { CmdletBuildMetadata } from './model.ts';

export interface RegistryBuildOptions {
  helpDir: string;
  out: string;
  keepGoing: boolean;
  /** Validation, ConfirmImpact and ShouldProcess texts to merge; none by default. */
  metadata?: readonly CmdletBuildMetadata[];
}

export function runRegistryBuild(options: RegistryBuildOptions, stderr: (line: string) => void): number {
  if (!existsSync(options.helpDir) || !statSync(options.helpDir).isDirectory()) {
    stderr(`registry build: the help folder ${options.helpDir} does not exist.`);
    return 1;
  }
  const names = helpFileNames(options.helpDir);
  const { registry, diagnostics } = buildRegistryFromSorted(readHelpFiles(options.helpDir, names), options.metadata ?? []);
  for (const diagnostic of diagnostics) stderr(formatDiagnostic(diagnostic));
  const counts = `${names.length} file(s), ${registry.cmdlets.length} cmdlet(s)`;
  if (registry.cmdlets.length === 0) {
    stderr(`registry build: ${options.helpDir} has no cmdlet pages (*.md); nothing written.`);
    return 1;
  }
  if (diagnostics.length === 0) {
    writeFileAtomic(options.out, serializeRegistry(registry));
    stderr(`registry build: ${counts}, no problems; wrote ${options.out}.`);
    return 0;
  }
  const problems = `${diagnostics.length} problem(s) in ${new Set(diagnostics.map((d) => d.file)).size} file(s)`;
  if (!options.keepGoing) {
    stderr(`registry build: ${counts}, ${problems}; nothing written (--keep-going writes what could be read).`);
    return 1;
  }
  writeFileAtomic(options.out, serializeRegistry(registry));
  stderr(`registry build: ${counts}, ${problems}; wrote ${options.out} from what could be read.`);
  return 1;
}
