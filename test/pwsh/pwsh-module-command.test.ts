/**
 * `pcsh pwsh-module --out DIR` (in process): the module files, and the package's prebuilt assembly
 * copied along only when it was built from the same generated source.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePwshModule } from '../../src/pwsh/module/generate-module.ts';
import { runPwshModuleCommand } from '../../src/pwsh/module/pwsh-module-command.ts';
import { assemblySourceHash } from '../../src/pwsh/module/source-hash.ts';
import { SOURCE_TEMPLATES_DIR } from '../../src/pwsh/module/template.ts';
import { realRegistry } from '../fixtures/real-registry.ts';

const registry = realRegistry();
const VERSION = '0.1.0';
const PREBUILT_BYTES = 'stands for the prebuilt PartnerCenter.dll';

/** A package's dist/pwsh: templates/, and PartnerCenter/bin/<hash>/PartnerCenter.dll for the given hash (if any). */
function packageDist(prebuiltHash: string | null): string {
  const pwshDir = join(mkdtempSync(join(tmpdir(), 'pcsh-pwsh-module-')), 'pwsh');
  cpSync(join(fileURLToPath(new URL('../../', import.meta.url)), SOURCE_TEMPLATES_DIR), join(pwshDir, 'templates'), { recursive: true });
  if (prebuiltHash !== null) {
    mkdirSync(join(pwshDir, 'PartnerCenter', 'bin', prebuiltHash), { recursive: true });
    writeFileSync(join(pwshDir, 'PartnerCenter', 'bin', prebuiltHash, 'PartnerCenter.dll'), PREBUILT_BYTES);
  }
  return pwshDir;
}

const templatesOf = (pwshDir: string) => join(pwshDir, 'templates');
const hashFor = (pwshDir: string, moduleName = 'PartnerCenter') =>
  assemblySourceHash(generatePwshModule(registry, { version: VERSION, moduleName, templatesDir: templatesOf(pwshDir) }).get(`${moduleName}.cs`)!);

const cases: { name: string; prebuilt: 'same source' | 'other source' | 'none'; moduleName?: string; copied: boolean }[] = [
  { name: 'a prebuilt DLL of the same source is copied to bin/<hash>/', prebuilt: 'same source', copied: true },
  { name: 'a prebuilt DLL of another source is not copied', prebuilt: 'other source', copied: false },
  { name: 'no prebuilt DLL: nothing under bin/', prebuilt: 'none', copied: false },
  { name: 'another module name: its first import compiles', prebuilt: 'same source', moduleName: 'Pcsh', copied: false },
];

for (const c of cases) {
  test(`pwsh-module --out: ${c.name}`, () => {
    const probe = packageDist(null);
    const hash = hashFor(probe);
    const pwshDir = packageDist(c.prebuilt === 'none' ? null : c.prebuilt === 'same source' ? hash : '0'.repeat(32));
    const outDir = join(mkdtempSync(join(tmpdir(), 'pcsh-pwsh-module-out-')), 'Module');
    const log: string[] = [];
    const input = { registry, outDir, version: VERSION, moduleName: c.moduleName, templatesDir: templatesOf(pwshDir) };
    const code = runPwshModuleCommand({ ...input, log: (line) => log.push(line) });
    assert.is(code, 0, log.join('\n'));
    const name = c.moduleName ?? 'PartnerCenter';
    assert.ok(existsSync(join(outDir, `${name}.psm1`)) && existsSync(join(outDir, `${name}.cs`)), 'the module files are written');
    const dll = join(outDir, 'bin', hashFor(probe, name), `${name}.dll`);
    assert.is(existsSync(dll), c.copied);
    if (c.copied) assert.is(readFileSync(dll, 'utf8'), PREBUILT_BYTES);
    assert.is(existsSync(join(outDir, 'bin')), c.copied, 'no bin/ folder unless something was copied');
  });
}

test('pwsh-module into the package\'s own module folder leaves its prebuilt DLL as it is', () => {
  const probe = packageDist(null);
  const hash = hashFor(probe);
  const pwshDir = packageDist(hash);
  const outDir = join(pwshDir, 'PartnerCenter');
  const code = runPwshModuleCommand({ registry, outDir, version: VERSION, templatesDir: templatesOf(pwshDir), log: () => {} });
  assert.is(code, 0);
  assert.is(readFileSync(join(outDir, 'bin', hash, 'PartnerCenter.dll'), 'utf8'), PREBUILT_BYTES);
  assert.ok(existsSync(join(outDir, 'PartnerCenter.psm1')));
});

test.run();
