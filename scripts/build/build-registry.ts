/**
 * Build step: help/*.md → dist/registry.json, merging src/cmdlets/metadata.ts. Fails the build
 * after listing every diagnostic, and fails loudly when help/ has no pages.
 * Also `buildCorpusOnce(dir)`: one timed build of a folder, for the benchmark.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildRegistry, serializeRegistry } from '../../src/registry/build.ts';
import { formatDiagnostic } from '../../src/registry/diagnostics.ts';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';
import { writeVerifiedStamp } from '../../src/registry/verified-stamp.ts';
import { cmdletMetadata } from '../../src/cmdlets/metadata.ts';
import { COMMAND_INDEX, SLICES_FOLDER, commandIndexOf, sliceOf, slicePath } from '../../src/registry/slices.ts';
import type { Registry } from '../../src/registry/model.ts';

export function buildRegistryStep(root: string, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string {
  const helpDir = join(root, 'help');
  const files = existsSync(helpDir) ? readHelpDir(helpDir) : [];
  if (files.length === 0) throw new Error(`build: ${helpDir} has no help pages (*.md); the registry needs them.`);
  const { registry, diagnostics } = buildRegistry(files, cmdletMetadata, { requirePageForMetadata: true });
  for (const diagnostic of diagnostics) write(formatDiagnostic(diagnostic).replace(/^/, 'help/'));
  if (diagnostics.length > 0) throw new Error(`build: ${diagnostics.length} problem(s) in help/; dist/registry.json not written.`);
  const out = join(root, 'dist', 'registry.json');
  writeFileAtomic(out, serializeRegistry(registry));
  writeVerifiedStamp(out);
  writeSlices(join(root, 'dist'), registry);
  return out;
}

/** One registry per cmdlet and the command index (src/registry/slices.ts); slices of cmdlets no longer in the registry go. */
function writeSlices(distDir: string, registry: Registry): void {
  const folder = join(distDir, SLICES_FOLDER);
  const written = new Set<string>();
  for (const cmdlet of registry.cmdlets) {
    const path = slicePath(distDir, cmdlet.name);
    if (path === undefined) throw new Error(`build: the cmdlet name '${cmdlet.name}' is not a plain Verb-Noun name.`);
    // Compact: read on every call, never by people (registry.json is the readable one).
    writeFileAtomic(path, `${JSON.stringify(sliceOf(registry, cmdlet))}\n`);
    written.add(basename(path));
  }
  writeFileAtomic(join(folder, COMMAND_INDEX), `${JSON.stringify(commandIndexOf(registry))}\n`);
  written.add(COMMAND_INDEX);
  for (const name of readdirSync(folder)) if (!written.has(name)) rmSync(join(folder, name), { force: true });
}

export interface CorpusBuildTiming {
  files: number;
  cmdlets: number;
  diagnostics: number;
  milliseconds: number;
  filesPerSecond: number;
}

/** Reads `dir` once, then times one registry build of it (reading from disk is not timed). */
export function buildCorpusOnce(dir: string): CorpusBuildTiming {
  const files = readHelpDir(dir);
  const started = performance.now();
  const { registry, diagnostics } = buildRegistry(files, []);
  const milliseconds = performance.now() - started;
  return {
    files: files.length,
    cmdlets: registry.cmdlets.length,
    diagnostics: diagnostics.length,
    milliseconds,
    filesPerSecond: files.length / (milliseconds / 1000),
  };
}
