/**
 * Build step, when pwsh is on this machine: compile the module's C# once into
 * dist/pwsh/PartnerCenter/bin/<source hash>-<pwsh version>/, where the .psm1 looks before the
 * per-user cache, so a first import with that pwsh version compiles nothing. It imports the
 * module with PCSH_PWSH_CACHE pointed at bin/, so the folder name comes from the .psm1's own rule.
 * Without pwsh (or with PCSH_PWSH_PREBUILD=0) the cache alone serves, as before.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findPwsh } from '../find-pwsh.ts';

export function prebuildPwshAssembly(moduleDir: string): string {
  const pwsh = findPwsh();
  if (pwsh === null || process.env.PCSH_PWSH_PREBUILD === '0') return 'not prebuilt (no pwsh): the first import compiles into the user cache';
  const bin = join(moduleDir, 'bin');
  const psd1 = join(moduleDir, 'PartnerCenter.psd1');
  const result = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', `Import-Module '${psd1.replace(/'/g, "''")}' -ErrorAction Stop`], {
    env: { ...process.env, PCSH_PWSH_CACHE: bin },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`prebuilding the pwsh assembly failed:\n${result.stdout}${result.stderr}`);
  return `prebuilt ${existsSync(bin) ? readdirSync(bin).join(', ') : '(nothing)'}`;
}

/** Removes prebuilt folders whose source hash no longer matches (kept across builds otherwise). */
export function pruneStalePrebuilt(moduleDir: string, sourceHash: string): void {
  const bin = join(moduleDir, 'bin');
  if (!existsSync(bin)) return;
  for (const name of readdirSync(bin)) if (!name.startsWith(`${sourceHash}-`)) rmSync(join(bin, name), { recursive: true, force: true });
}
