/**
 * `pcsh pwsh-module [--out DIR]`: generate the PowerShell module from the loaded registry.
 * The runtime wires the command line to this; it returns the exit code.
 *
 * @module
 */
import type { Registry } from '../../registry/model.ts';
import { generatePwshModule } from './generate-module.ts';
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
  try {
    const files = generatePwshModule(input.registry, { version: input.version, moduleName: input.moduleName ?? 'PartnerCenter', templatesDir: input.templatesDir });
    const written = writePwshModule(files, input.outDir);
    log(`pwsh-module: wrote ${written.length} files to ${input.outDir}`);
    return 0;
  } catch (error) {
    log(`pwsh-module: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
