/**
 * Build step: dist/registry.json → dist/pwsh/PartnerCenter (the generated PowerShell module).
 * Runs after the registry step. The module folder is rewritten whole (but bin/, the prebuilt
 * assembly, while its source hash still matches), so no file of an older layout is left behind;
 * the templates are copied to dist/pwsh/templates.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../src/registry/model.ts';
import { generatePwshModule } from '../../src/pwsh/module/generate-module.ts';
import { writePwshModule } from '../../src/pwsh/module/write-module.ts';
import { assemblySourceHash } from '../../src/pwsh/module/source-hash.ts';
import { hasPrebuilt, prebuildPwshAssembly, pruneStalePrebuilt } from './prebuild-pwsh-assembly.ts';

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
  // The .psm1's cache key (it carries the same hash as a literal).
  const sourceHash = assemblySourceHash(files.get('PartnerCenter.cs') ?? '');
  if (existsSync(moduleDir)) {
    for (const name of readdirSync(moduleDir)) if (name !== 'bin') rmSync(join(moduleDir, name), { recursive: true, force: true });
  }
  pruneStalePrebuilt(moduleDir, sourceHash);
  const written = writePwshModule(files, moduleDir);
  if (!hasPrebuilt(moduleDir, sourceHash)) console.log(`pwsh module: ${prebuildPwshAssembly(moduleDir, sourceHash)}`);
  return written;
}
