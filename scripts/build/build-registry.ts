/**
 * Build step: help/*.md → dist/registry.json, merging src/cmdlets/metadata.ts. Fails the build
 * after listing every diagnostic, and fails loudly when help/ has no pages.
 * Also `buildCorpusOnce(dir)`: one timed build of a folder, for the benchmark.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegistry, serializeRegistry } from '../../src/registry/build.ts';
import { formatDiagnostic } from '../../src/registry/diagnostics.ts';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';
import { writeVerifiedStamp } from '../../src/registry/verified-stamp.ts';
import { cmdletMetadata } from '../../src/cmdlets/metadata.ts';

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
  return out;
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
