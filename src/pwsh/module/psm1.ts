/**
 * <Module>.psm1: loads the prebuilt assembly (bin/<source hash>) or the cached one (<source hash>-<pwsh
 * version>), compiles it on a miss (templates/PartnerCenter.psm1), imports it and exports its cmdlets.
 *
 * @module
 */
import { psStringList } from './ps-literal.ts';
import { fillTemplate, readTemplate } from './template.ts';

export function renderPsm1(templatesDir: string, moduleName: string, version: string, cmdletNames: readonly string[], sourceHash: string): string {
  return fillTemplate(readTemplate(templatesDir, 'PartnerCenter.psm1'), {
    ModuleName: moduleName,
    Version: version,
    SourceHash: sourceHash,
    Cmdlets: cmdletNames.length === 0 ? '@()' : psStringList(cmdletNames),
  });
}
