/**
 * The PowerShell module in real pwsh (issue 9), measured against bare `pwsh -NoProfile -c exit`
 * in the same run, interleaved: a warm Import-Module + first call (assembly in the user cache)
 * should cost <= 0.5 s over bare pwsh; a cold one <= 1.5x the cost of one trivial Add-Type, both
 * as built (the prebuilt assembly in bin/, empty user cache) and without a prebuilt assembly (it
 * compiles). Then N calls in one session (pwsh-calls.ps1): ms per call vs a trivial advanced
 * function, and the round trip / conversion / wrapper parts. Skipped, saying so, without pwsh.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPwsh, MODULE, root } from '../../test/pwsh/real/harness.ts';

const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(pwsh: string, command: string, env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', command], { env, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`pwsh -c ${command} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function sandboxEnv(cache: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-bench-pwsh-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PCSH_CONFIG_DIR: join(dir, 'config'), PCSH_EMULATOR_DATA: join(dir, 'data'), PCSH_PWSH_CACHE: cache, NO_COLOR: '1', PCSH_BENCH_MODULE: MODULE };
  // Ratios are against bare pwsh in the same run, with the same environment on both sides.
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.PCSH_COMMAND;
  return env;
}

/** A copy of a module's folder without bin/ (its prebuilt assembly); returns the copy's folder. */
function copyWithoutPrebuilt(psd1: string, prefix: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), prefix)), 'PartnerCenter');
  cpSync(join(psd1, '..'), copy, { recursive: true, filter: (path) => !path.split(/[\\/]/).includes('bin') });
  return copy;
}

export async function benchPwsh(rounds = Number(process.env.BENCH_PWSH_ROUNDS ?? 5)): Promise<void> {
  const pwsh = findPwsh();
  if (pwsh === null) {
    console.log('\npwsh module: not measured (pwsh not found; dotnet tool install --global PowerShell --version 7.6.9).');
    return;
  }
  const warmCache = mkdtempSync(join(tmpdir(), 'pcsh-bench-cache-'));
  const env = sandboxEnv(warmCache);
  // The module without its prebuilt bin/: the user-cache path (the host is then found by PCSH_COMMAND).
  const unbuiltModule = copyWithoutPrebuilt(MODULE, 'pcsh-bench-module-');
  const unbuilt = { ...env, PCSH_COMMAND: join(root, 'dist', 'bin', 'pcsh.js') };
  const firstCall = (psd1: string) =>
    `Import-Module '${psd1}'; $null = Get-PartnerCustomerCart -CustomerId ${CUSTOMER} -CartId none -ErrorAction SilentlyContinue; exit 0`;
  timed(pwsh, `Import-Module '${join(unbuiltModule, 'PartnerCenter.psd1')}'; $null = Connect-PartnerCenter -Environment Emulator`, unbuilt); // fills the warm cache, signs in
  const withEmptyCache = (psd1: string, caseEnv: NodeJS.ProcessEnv) => {
    const cold = mkdtempSync(join(tmpdir(), 'pcsh-bench-cold-'));
    try {
      return timed(pwsh, firstCall(psd1), { ...caseEnv, PCSH_PWSH_CACHE: cold });
    } finally {
      rmSync(cold, { recursive: true, force: true });
    }
  };
  const cases: Record<string, () => number> = {
    'pwsh -NoProfile -c exit': () => timed(pwsh, 'exit', env),
    'one trivial Add-Type': () => timed(pwsh, "Add-Type -TypeDefinition 'public static class PcshBenchTrivial { }'", env),
    'Import-Module + first call, warm user cache': () => timed(pwsh, firstCall(join(unbuiltModule, 'PartnerCenter.psd1')), unbuilt),
    'Import-Module + first call, as built (prebuilt)': () => withEmptyCache(MODULE, env),
    'Import-Module + first call, cold (compiles)': () => withEmptyCache(join(unbuiltModule, 'PartnerCenter.psd1'), unbuilt),
  };
  // Before/after in the same run: PCSH_BENCH_BEFORE_MODULE names an older module's .psd1 (e.g. one
  // generated from main), run against this build's host unless PCSH_BENCH_BEFORE_COMMAND names the older pcsh.js.
  const before = process.env.PCSH_BENCH_BEFORE_MODULE;
  const beforeEnv = { ...unbuilt, PCSH_COMMAND: process.env.PCSH_BENCH_BEFORE_COMMAND ?? unbuilt.PCSH_COMMAND };
  if (before) {
    const beforeUnbuilt = copyWithoutPrebuilt(before, 'pcsh-bench-before-');
    timed(pwsh, `Import-Module '${join(beforeUnbuilt, 'PartnerCenter.psd1')}'`, beforeEnv); // its key in the warm cache too
    cases['before: Import-Module + first call, warm user cache'] = () => timed(pwsh, firstCall(join(beforeUnbuilt, 'PartnerCenter.psd1')), beforeEnv);
    cases['before: Import-Module + first call, as built (prebuilt)'] = () => withEmptyCache(before, { ...env, PCSH_COMMAND: beforeEnv.PCSH_COMMAND });
  }
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) for (const [name, run] of Object.entries(cases)) samples[name]!.push(run());
  const ms = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<string, number>;
  const baseline = ms['pwsh -NoProfile -c exit']!;
  console.log(`\npwsh module in real pwsh (${pwsh}; median of ${rounds}, interleaved)`);
  for (const [name, value] of Object.entries(ms)) console.log(`  ${name.padEnd(48)} ${value.toFixed(0).padStart(7)} ms  +${(value - baseline).toFixed(0)} ms over bare pwsh`);
  const over = (name: string) => ms[name]! - ms['pwsh -NoProfile -c exit']!;
  const warm = over('Import-Module + first call, warm user cache');
  const addType = over('one trivial Add-Type');
  console.log(`  warm import + first call: +${warm.toFixed(0)} ms over bare pwsh (target <= 500 ms): ${warm <= 500 ? 'ok' : 'OVER'}`);
  for (const name of ['Import-Module + first call, as built (prebuilt)', 'Import-Module + first call, cold (compiles)']) {
    const ratio = over(name) / addType;
    console.log(`  ${name.slice('Import-Module + first call, '.length)}: x${ratio.toFixed(2)} one trivial Add-Type's cost (target <= 1.5): ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
  }

  const calls = Number(process.env.BENCH_CALLS ?? 200);
  const session = (psd1: string, sessionEnv: NodeJS.ProcessEnv = unbuilt) => {
    const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', join(import.meta.dirname, 'pwsh-calls.ps1'), '-Calls', String(calls)], {
      env: { ...sessionEnv, PCSH_BENCH_MODULE: psd1 },
      encoding: 'utf8',
    });
    const line = /^RESULT (.*)$/m.exec(run.stdout ?? '');
    if (run.status !== 0 || !line) throw new Error(`${calls} calls in one session failed: ${(run.stdout + run.stderr).trim().split('\n').slice(-3).join(' / ')}`);
    return JSON.parse(line[1]!) as Record<string, number>;
  };
  const r = session(join(unbuiltModule, 'PartnerCenter.psd1'));
  const wrapper = r.cmdlet! - r.roundTrip! - r.conversion!;
  console.log(`  ${calls} Get-PartnerCustomerCart calls in one session: ${r.cmdlet!.toFixed(2)} ms/call; trivial advanced function ${r.floor!.toFixed(2)} ms/call (x${(r.cmdlet! / r.floor!).toFixed(1)}; stretch <= 5 ms/call: ${r.cmdlet! <= 5 ? 'ok' : 'over'})`);
  console.log(`    round trip to the host ${r.roundTrip!.toFixed(2)} ms, JSON conversion ${r.conversion!.toFixed(2)} ms, cmdlet wrapper and the rest ${wrapper.toFixed(2)} ms`);
  if (before) {
    const old = session(before, beforeEnv);
    console.log(`  before (${before}): ${old.cmdlet!.toFixed(2)} ms/call; trivial advanced function ${old.floor!.toFixed(2)} ms/call`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPwsh();
