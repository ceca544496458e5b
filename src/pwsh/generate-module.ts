/**
 * The PowerShell module generator: a PURE function from the registry to file contents, byte for
 * byte reproducible (no timestamps, no randomness, stable order). Writing is write-module.ts.
 *
 * @module
 */
import type { CmdletInfo, Registry } from '../registry/model.ts';
import { renderManifest } from './manifest.ts';
import { helpFileName, renderMaml } from './maml.ts';
import { renderPsm1 } from './psm1.ts';
import { renderTypesScript } from './types-script.ts';

export interface PwshModuleOptions {
  /** ModuleVersion (semver; a pre-release tag goes to PSData.Prerelease). */
  version: string;
  moduleName: 'PartnerCenter' | string;
}

/**
 * pcsh's stand-ins for pwsh built-ins: pwsh has the real Get-Help / Get-Command (which read
 * the generated MAML), so the module must not shadow them.
 */
const PWSH_BUILT_INS: readonly string[] = ['Get-Help', 'Get-Command'];

/** The cmdlets the module exports, in name order. */
export function exportedCmdlets(registry: Registry): CmdletInfo[] {
  const builtIns = new Set(PWSH_BUILT_INS.map((n) => n.toLowerCase()));
  return registry.cmdlets
    .filter((c) => !builtIns.has(c.name.toLowerCase()))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Relative path (forward slashes) → content. */
export function generatePwshModule(registry: Registry, options: PwshModuleOptions): Map<string, string> {
  const moduleName = options.moduleName;
  if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(moduleName)) throw new Error(`Module name "${moduleName}" is not a valid file name.`);
  const cmdlets = exportedCmdlets(registry);
  const helpFile = helpFileName(moduleName);
  const typesFile = `${moduleName}.Types.ps1`;
  const paths = {
    manifest: `${moduleName}.psd1`,
    psm1: `${moduleName}.psm1`,
    types: typesFile,
    help: `en-US/${helpFile}`,
  };
  const files = new Map<string, string>();
  files.set(paths.manifest, renderManifest(registry, {
    moduleName,
    version: options.version,
    functions: cmdlets.map((c) => c.name),
    files: Object.values(paths).sort(),
  }));
  files.set(paths.psm1, renderPsm1({ moduleName, version: options.version, helpFile, typesFile, cmdlets }));
  files.set(paths.types, renderTypesScript(options.version));
  files.set(paths.help, renderMaml(cmdlets));
  return files;
}
