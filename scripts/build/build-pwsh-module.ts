/**
 * Build step: dist/registry.json → dist/pwsh/PartnerCenter (the generated PowerShell module).
 * Runs after the registry step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../src/registry/model.ts';
import { generatePwshModule } from '../../src/pwsh/generate-module.ts';
import { writePwshModule } from '../../src/pwsh/write-module.ts';

export function buildPwshModule(root: string): string[] {
  const registry = JSON.parse(readFileSync(join(root, 'dist', 'registry.json'), 'utf8')) as Registry;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const files = generatePwshModule(registry, { version: pkg.version, moduleName: 'PartnerCenter' });
  return writePwshModule(files, join(root, 'dist', 'pwsh', 'PartnerCenter'));
}
