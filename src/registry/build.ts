/**
 * Builds the registry from a help folder's files: read every page (all problems collected),
 * merge the cmdlet metadata from code, sort, stamp (see hash.ts for the exact hash rules) and
 * validate against the registry schema. Deterministic: the same input gives the same bytes.
 *
 * @module
 */
import { REGISTRY_SCHEMA_VERSION, type CmdletBuildMetadata, type CmdletInfo, type Diagnostic, type ModuleInfo, type Registry } from './model.ts';
import { readHelpFile } from './read-help-file.ts';
import { mergeMetadata } from './merge-metadata.ts';
import { addSource, createHash64, hashContent, type SourceFile } from './hash.ts';
import { validateRegistry } from './validate-registry.ts';
import { sortDiagnostics } from './diagnostics.ts';

export interface RegistryBuild {
  registry: Registry;
  diagnostics: Diagnostic[];
}

export interface BuildRegistryOptions {
  /** Report metadata whose cmdlet has no page (the project's own help folder must cover them all). */
  requirePageForMetadata?: boolean;
}

export function buildRegistry(
  files: readonly SourceFile[],
  metadata: readonly CmdletBuildMetadata[],
  options: BuildRegistryOptions = {},
): RegistryBuild {
  return buildRegistryFromSorted([...files].sort((a, b) => compare(a.name, b.name)), metadata, options);
}

/**
 * The same build over files that arrive one at a time, sorted by name (read-help-dir.ts's
 * readHelpFiles): each page is hashed and read, then dropped, so memory does not grow with the
 * pages' text — only with what the registry keeps of them.
 */
export function buildRegistryFromSorted(
  sortedFiles: Iterable<SourceFile>,
  metadata: readonly CmdletBuildMetadata[],
  options: BuildRegistryOptions = {},
): RegistryBuild {
  const diagnostics: Diagnostic[] = [];
  const cmdlets = new Map<string, CmdletInfo>();
  const sourceHash = createHash64();
  let module: ModuleInfo | null = null;
  for (const file of sortedFiles) {
    addSource(sourceHash, file);
    const read = readHelpFile(file.name, file.text);
    diagnostics.push(...read.diagnostics);
    if (read.module && module) diagnostics.push(at(file.name, 'duplicate-module-page', `A second module page; ${module.file} is used.`));
    else if (read.module) module = read.module;
    if (!read.cmdlet) continue;
    const key = read.cmdlet.name.toLowerCase();
    const first = cmdlets.get(key);
    if (first) diagnostics.push(at(file.name, 'duplicate-cmdlet', `${read.cmdlet.name} is also documented in ${first.file}; that page is used.`));
    else cmdlets.set(key, read.cmdlet);
  }
  const merged = mergeMetadata([...cmdlets.values()], metadata);
  diagnostics.push(...merged.diagnostics.filter((d) => options.requirePageForMetadata || d.id !== 'metadata-without-page'));
  const sorted = merged.cmdlets.sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.name, b.name));
  if (module) diagnostics.push(...checkModulePage(module, sorted));
  const registry: Registry = {
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    sourceHash: sourceHash.digest(),
    contentHash: hashContent({ module, cmdlets: sorted }),
    module,
    cmdlets: sorted,
  };
  diagnostics.push(...validateRegistry(registry));
  return { registry, diagnostics: sortDiagnostics(diagnostics) };
}

/** The registry file's text: 2-space JSON in the model's key order, ending with a newline. */
export function serializeRegistry(registry: Registry): string {
  return `${JSON.stringify(registry, null, 2)}\n`;
}

function checkModulePage(module: ModuleInfo, cmdlets: readonly CmdletInfo[]): Diagnostic[] {
  const listed = new Set(module.cmdlets.map((entry) => entry.name.toLowerCase()));
  const pages = new Set(cmdlets.map((cmdlet) => cmdlet.name.toLowerCase()));
  return [
    ...module.cmdlets
      .filter((entry) => !pages.has(entry.name.toLowerCase()))
      .map((entry) => at(module.file, 'module-page-unknown-cmdlet', `The module page lists ${entry.name}, which has no page.`)),
    ...cmdlets
      .filter((cmdlet) => !listed.has(cmdlet.name.toLowerCase()))
      .map((cmdlet) => at(module.file, 'module-page-missing-cmdlet', `The module page does not list ${cmdlet.name}.`)),
  ];
}

function at(file: string, id: string, message: string): Diagnostic {
  return { file, line: 1, section: 'help folder', id, message };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
