/**
 * <Module>.psm1: finds or compiles the cached assembly (templates/PartnerCenter.psm1), imports it
 * and exports its cmdlets.
 *
 * @module
 */
import { psStringList } from './ps-literal.ts';
import { fillTemplate, readTemplate } from './template.ts';

export function renderPsm1(templatesDir: string, moduleName: string, version: string, cmdletNames: readonly string[]): string {
  return fillTemplate(readTemplate(templatesDir, 'PartnerCenter.psm1'), {
    ModuleName: moduleName,
    Version: version,
    Cmdlets: cmdletNames.length === 0 ? '@()' : psStringList(cmdletNames),
  });
}
