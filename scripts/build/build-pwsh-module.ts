/**
 * Build step: dist/registry.json → dist/pwsh/PartnerCenter (the generated PowerShell module).
 * Runs after the registry step. The module folder is rewritten whole, so no file of an older
 * layout (PartnerCenter.Types.ps1) is left behind; the templates are copied to dist/pwsh/templates.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../src/registry/model.ts';
import { generatePwshModule } from '../../src/pwsh/module/generate-module.ts';
import { writePwshModule } from '../../src/pwsh/module/write-module.ts';

export function buildPwshModule(root: string): string[] {
  const registry = JSON.parse(readFileSync(join(root, 'dist', 'registry.json'), 'utf8')) as Registry;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const templatesDir = join(root, 'src', 'pwsh', 'module', 'templates');
  // `pcsh pwsh-module` regenerates the module from an installed package, which has no src/.
  const shipped = join(root, 'dist', 'pwsh', 'templates');
  rmSync(shipped, { recursive: true, force: true });
  cpSync(templatesDir, shipped, { recursive: true });
  const files = generatePwshModule(registry, { version: pkg.version, moduleName: 'PartnerCenter', templatesDir });
  const moduleDir = join(root, 'dist', 'pwsh', 'PartnerCenter');
  rmSync(moduleDir, { recursive: true, force: true });
  return writePwshModule(files, moduleDir);
}
