/**
 * `pcsh pwsh-module [--out DIR]`: generate the PowerShell module from the loaded registry.
 * The runtime wires the command line to this; it returns the exit code.
 *
 * @module
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Registry } from '../../registry/model.ts';
import { generatePwshModule } from './generate-module.ts';
import { assemblySourceHash } from './source-hash.ts';
import { writePwshModule } from './write-module.ts';

export interface PwshModuleCommandInput {
  registry: Registry;
  /** The module folder, e.g. dist/pwsh/PartnerCenter. */
  outDir: string;
  version: string;
  moduleName?: string;
  /** The templates folder (dist/pwsh/templates in a built package). */
  templatesDir: string;
  /** Where to report what was written; stderr by default. */
  log?: (line: string) => void;
}

export function runPwshModuleCommand(input: PwshModuleCommandInput): number {
  const log = input.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const moduleName = input.moduleName ?? 'PartnerCenter';
  try {
    const files = generatePwshModule(input.registry, { version: input.version, moduleName, templatesDir: input.templatesDir });
    const written = writePwshModule(files, input.outDir);
    const prebuilt = moduleName === 'PartnerCenter' ? copyPrebuilt(files.get('PartnerCenter.cs') ?? '', input.templatesDir, input.outDir) : null;
    if (prebuilt !== null) written.push(prebuilt);
    log(`pwsh-module: wrote ${written.length} files to ${input.outDir}`);
    return 0;
  } catch (error) {
    log(`pwsh-module: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * The package's prebuilt assembly (dist/pwsh/PartnerCenter/bin/<source hash>/, beside the templates)
 * goes along when it was built from this very source, so the new module's first import compiles nothing.
 * Returns the path written, or null (no prebuilt for this source, or the output is the package's own module).
 */
function copyPrebuilt(source: string, templatesDir: string, outDir: string): string | null {
  const hash = assemblySourceHash(source);
  const from = join(templatesDir, '..', 'PartnerCenter', 'bin', hash, 'PartnerCenter.dll');
  const to = join(outDir, 'bin', hash, 'PartnerCenter.dll');
  if (!existsSync(from) || resolve(from) === resolve(to)) return null;
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  return to;
}
