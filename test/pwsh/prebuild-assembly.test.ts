/**
 * The build step that prebuilds the pwsh module's assembly with the .NET SDK (scripts/build/
 * prebuild-pwsh-assembly.ts): skipped on request; a failed NuGet restore leaves no DLL (the first
 * import compiles) without failing the build; a C# error fails the build with the compiler's message.
 * Needs the .NET SDK (CI's machine has it): without it the SDK cases say they did not run; with CI=true they fail.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDotnet } from '../../scripts/find-program.ts';
import { prebuildPwshAssembly } from '../../scripts/build/prebuild-pwsh-assembly.ts';
import { MODULE } from './real/harness.ts';

const HASH = 'f'.repeat(32);

/** A module folder holding the given C# source as PartnerCenter.cs. */
function moduleWith(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-prebuild-test-'));
  writeFileSync(join(dir, 'PartnerCenter.cs'), source);
  return dir;
}

/** Runs fn with these environment variables set (undefined removes one), then puts them back. */
function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  try {
    return fn();
  } finally {
    apply(saved);
  }
}

const dllOf = (dir: string) => join(dir, 'bin', HASH, 'PartnerCenter.dll');

test('PCSH_PWSH_PREBUILD=0: not prebuilt, and it says so', () => {
  const dir = moduleWith('namespace Nothing { }');
  const said = withEnv({ PCSH_PWSH_PREBUILD: '0' }, () => prebuildPwshAssembly(dir, HASH));
  assert.match(said, 'not prebuilt (PCSH_PWSH_PREBUILD=0)');
  assert.not.ok(existsSync(join(dir, 'bin')));
});

const dotnet = findDotnet();
if (dotnet === null && process.env.CI === 'true') throw new Error('CI has the .NET SDK: the prebuild tests must run');
if (dotnet === null) console.log('prebuild-assembly.test.ts: the .NET SDK cases did not run (no dotnet).');

if (dotnet !== null) {
  test('a NuGet restore that fails: no DLL, the build goes on, and the reason is given', () => {
    const dir = moduleWith(readFileSync(join(MODULE, '..', 'PartnerCenter.cs'), 'utf8'));
    // MSBuild reads environment variables as properties: a source NuGet refuses (plain HTTP), and no package cache.
    const env = { PCSH_PWSH_PREBUILD: undefined, RestoreSources: 'http://127.0.0.1:9/v3/index.json', NUGET_PACKAGES: join(dir, 'no-packages') };
    const said = withEnv(env, () => prebuildPwshAssembly(dir, HASH));
    assert.match(said, 'not prebuilt (NuGet restore failed; the first import compiles)');
    assert.match(said, 'NU1302');
    assert.not.ok(existsSync(dllOf(dir)));
  });

  test('a C# error fails the build with the compiler\'s message, and leaves no DLL', () => {
    const dir = moduleWith('namespace Broken { public class A { public int B() { return "text"; } } }');
    const attempt = () => withEnv({ PCSH_PWSH_PREBUILD: undefined }, () => prebuildPwshAssembly(dir, HASH));
    assert.throws(attempt, (error: Error) => /prebuilding the pwsh assembly failed/.test(error.message) && /error CS0029/.test(error.message));
    assert.not.ok(existsSync(dllOf(dir)));
  });
}

test.run();
