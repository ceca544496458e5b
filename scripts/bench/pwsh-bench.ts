/**
 * The PowerShell module in real pwsh (issue 9), measured against bare `pwsh -NoProfile -c exit`
 * in the same run, interleaved: a warm Import-Module + first call (assembly from the user cache, and
 * from the prebuilt bin/) should cost <= 0.5 s over bare pwsh; a first one <= 1.5x the cost of one
 * trivial Add-Type, both as built (the prebuilt assembly in bin/, empty user cache) and without a
 * prebuilt assembly (it compiles). Each case has its own pwsh start-up profile (pwsh-startup-profile.ts).
 * Then N calls in one session (pwsh-calls.ps1): ms per call vs a trivial advanced function, and the
 * round trip / conversion / wrapper parts. Skipped, saying so, without pwsh.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPwsh, MODULE, root } from '../../test/pwsh/real/harness.ts';
import { startupProfiles } from './pwsh-startup-profile.ts';

const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const BARE = 'pwsh -NoProfile -c exit';
const ADD_TYPE = 'one trivial Add-Type';
const IMPORT = 'Import-Module + first call, ';
const WARM = `${IMPORT}warm user cache`;
const PREBUILT = `${IMPORT}warm, prebuilt`;
const FIRST = `${IMPORT}as built (prebuilt), first`;
const COLD = `${IMPORT}cold (compiles)`;
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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PCSH_CONFIG_DIR: join(dir, 'config'),
    PCSH_EMULATOR_DATA: join(dir, 'data'),
    PCSH_PWSH_CACHE: cache,
    NO_COLOR: '1',
    PCSH_BENCH_MODULE: MODULE,
  };
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

const firstCall = (psd1: string) =>
  `Import-Module '${psd1}'; $null = Get-PartnerCustomerCart -CustomerId ${CUSTOMER} -CartId none -ErrorAction SilentlyContinue; exit 0`;

type Kind = 'repeated' | 'one-time';
type Cases = Record<string, { kind: Kind; run: (env: NodeJS.ProcessEnv) => number }>;

/** The import cases: this build's, and an older module's (PCSH_BENCH_BEFORE_MODULE) against its own host if given. */
function importCases(pwsh: string, env: NodeJS.ProcessEnv, unbuilt: NodeJS.ProcessEnv, unbuiltModule: string): Cases {
  const withEmptyCache = (psd1: string, caseEnv: NodeJS.ProcessEnv) => {
    const cold = mkdtempSync(join(tmpdir(), 'pcsh-bench-cold-'));
    try {
      return timed(pwsh, firstCall(psd1), { ...caseEnv, PCSH_PWSH_CACHE: cold });
    } finally {
      rmSync(cold, { recursive: true, force: true });
    }
  };
  const cases: Cases = {
    [BARE]: { kind: 'repeated', run: (e) => timed(pwsh, 'exit', { ...env, ...e }) },
    [ADD_TYPE]: { kind: 'one-time', run: (e) => timed(pwsh, "Add-Type -TypeDefinition 'public static class PcshBenchTrivial { }'", { ...env, ...e }) },
    [WARM]: { kind: 'repeated', run: (e) => timed(pwsh, firstCall(join(unbuiltModule, 'PartnerCenter.psd1')), { ...unbuilt, ...e }) },
    [PREBUILT]: { kind: 'repeated', run: (e) => timed(pwsh, firstCall(MODULE), { ...env, ...e }) },
    [FIRST]: { kind: 'one-time', run: (e) => withEmptyCache(MODULE, { ...env, ...e }) },
    [COLD]: { kind: 'one-time', run: (e) => withEmptyCache(join(unbuiltModule, 'PartnerCenter.psd1'), { ...unbuilt, ...e }) },
  };
  // Before/after in the same run: PCSH_BENCH_BEFORE_MODULE names an older module's .psd1 (e.g. one
  // generated from main), run against this build's host unless PCSH_BENCH_BEFORE_COMMAND names the older pcsh.js.
  const before = process.env.PCSH_BENCH_BEFORE_MODULE;
  if (before) {
    const beforeEnv = { ...unbuilt, PCSH_COMMAND: process.env.PCSH_BENCH_BEFORE_COMMAND ?? unbuilt.PCSH_COMMAND };
    const beforeUnbuilt = join(copyWithoutPrebuilt(before, 'pcsh-bench-before-'), 'PartnerCenter.psd1');
    timed(pwsh, `Import-Module '${beforeUnbuilt}'`, beforeEnv); // its key in the warm cache too
    cases[`before: ${WARM}`] = { kind: 'repeated', run: (e) => timed(pwsh, firstCall(beforeUnbuilt), { ...beforeEnv, ...e }) };
    cases[`before: ${PREBUILT}`] = { kind: 'repeated', run: (e) => timed(pwsh, firstCall(before), { ...env, PCSH_COMMAND: beforeEnv.PCSH_COMMAND, ...e }) };
    cases[`before: ${FIRST}`] = { kind: 'one-time', run: (e) => withEmptyCache(before, { ...env, PCSH_COMMAND: beforeEnv.PCSH_COMMAND, ...e }) };
  }
  return cases;
}

/** Each case's samples over interleaved rounds, after one untimed round that lays down each repeated case's start-up profile. */
function measure(cases: Cases, rounds: number): Record<string, number[]> {
  const profilesRoot = mkdtempSync(join(tmpdir(), 'pcsh-bench-profiles-'));
  const profiles = startupProfiles(profilesRoot, BARE);
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  try {
    for (let round = -1; round < rounds; round++) {
      for (const [name, c] of Object.entries(cases)) {
        const ms = c.run(profiles.envFor(name, c.kind));
        if (round >= 0) samples[name]!.push(ms);
      }
    }
  } finally {
    rmSync(profilesRoot, { recursive: true, force: true });
  }
  return samples;
}

/** Medians decide the targets; the minimum (the run least disturbed by other work on the machine) is shown beside. */
function printImports(pwsh: string, rounds: number, samples: Record<string, number[]>): void {
  const ms = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const least = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, Math.min(...v)]));
  const over = (name: string) => ms[name]! - ms[BARE]!;
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\npwsh module in real pwsh (${pwsh}; median of ${rounds}, interleaved; each case its own pwsh start-up profile; load ${load})`);
  for (const name of Object.keys(ms)) {
    const minimum = `min ${least[name]!.toFixed(0)} ms, +${(least[name]! - least[BARE]!).toFixed(0)}`;
    console.log(`  ${name.padEnd(62)} ${ms[name]!.toFixed(0).padStart(7)} ms  +${over(name).toFixed(0).padEnd(5)} over bare pwsh  (${minimum})`);
  }
  for (const name of [WARM, PREBUILT]) {
    console.log(`  ${name.slice(IMPORT.length)}: +${over(name).toFixed(0)} ms over bare pwsh (target <= 500 ms): ${over(name) <= 500 ? 'ok' : 'OVER'}`);
  }
  for (const name of [FIRST, COLD]) {
    const ratio = over(name) / over(ADD_TYPE);
    console.log(`  ${name.slice(IMPORT.length)}: x${ratio.toFixed(2)} one trivial Add-Type's cost (target <= 1.5): ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
  }
}

export async function benchPwsh(rounds = Number(process.env.BENCH_PWSH_ROUNDS ?? 5)): Promise<void> {
  const pwsh = findPwsh();
  if (pwsh === null) {
    console.log('\npwsh module: not measured (pwsh not found; dotnet tool install --global PowerShell --version 7.6.9).');
    return;
  }
  const env = sandboxEnv(mkdtempSync(join(tmpdir(), 'pcsh-bench-cache-')));
  // The module without its prebuilt bin/: the user-cache path (the host is then found by PCSH_COMMAND).
  const unbuiltModule = copyWithoutPrebuilt(MODULE, 'pcsh-bench-module-');
  const unbuilt = { ...env, PCSH_COMMAND: join(root, 'dist', 'bin', 'pcsh.js') };
  // Fills the warm cache and signs in.
  timed(pwsh, `Import-Module '${join(unbuiltModule, 'PartnerCenter.psd1')}'; $null = Connect-PartnerCenter -Environment Emulator`, unbuilt);
  printImports(pwsh, rounds, measure(importCases(pwsh, env, unbuilt, unbuiltModule), rounds));
  benchCalls(pwsh, MODULE, env);
}

/** One pwsh session of N calls through a module (pwsh-calls.ps1): ms per call and its parts. */
function callSession(pwsh: string, calls: number, module: string, env: NodeJS.ProcessEnv): Record<string, number> {
  const script = join(import.meta.dirname, 'pwsh-calls.ps1');
  const args = ['-NoProfile', '-NonInteractive', '-File', script, '-Calls', String(calls)];
  const run = spawnSync(pwsh, args, { env: { ...env, PCSH_BENCH_MODULE: module }, encoding: 'utf8' });
  const line = /^RESULT (.*)$/m.exec(run.stdout ?? '');
  if (run.status !== 0 || !line) throw new Error(`${calls} calls in one session failed: ${(run.stdout + run.stderr).trim().split('\n').slice(-3).join(' / ')}`);
  return JSON.parse(line[1]!) as Record<string, number>;
}

/**
 * N calls in one session through the module as built, against a trivial advanced function, and the
 * parts of a call; the session with the median ms per call of 3, interleaved with the older module's if given.
 */
function benchCalls(pwsh: string, psd1: string, env: NodeJS.ProcessEnv): void {
  const calls = Number(process.env.BENCH_CALLS ?? 200);
  const before = process.env.PCSH_BENCH_BEFORE_MODULE;
  const beforeEnv = { ...env, PCSH_COMMAND: process.env.PCSH_BENCH_BEFORE_COMMAND ?? join(root, 'dist', 'bin', 'pcsh.js') };
  const sides: [string, string, NodeJS.ProcessEnv][] = before ? [['this build', psd1, env], ['before', before, beforeEnv]] : [['this build', psd1, env]];
  const runs = new Map(sides.map(([name]) => [name, [] as Record<string, number>[]]));
  for (let round = 0; round < 3; round++) for (const [name, module, sideEnv] of sides) runs.get(name)!.push(callSession(pwsh, calls, module, sideEnv));
  const medianRun = (name: string) => [...runs.get(name)!].sort((a, b) => a.cmdlet! - b.cmdlet!)[1]!;
  const r = medianRun('this build');
  const wrapper = r.cmdlet! - r.roundTrip! - r.conversion!;
  const ratio = `x${(r.cmdlet! / r.floor!).toFixed(1)}; stretch <= 5 ms/call: ${r.cmdlet! <= 5 ? 'ok' : 'over'}`;
  const perCall = `${r.cmdlet!.toFixed(2)} ms/call; trivial advanced function ${r.floor!.toFixed(2)} ms/call (${ratio})`;
  console.log(`  ${calls} Get-PartnerCustomerCart calls in one session (median of 3): ${perCall}`);
  const parts = `round trip to the host ${r.roundTrip!.toFixed(2)} ms, JSON conversion ${r.conversion!.toFixed(2)} ms`;
  console.log(`    ${parts}, cmdlet wrapper and the rest ${wrapper.toFixed(2)} ms`);
  if (before) {
    const old = medianRun('before');
    console.log(`  before (${before}): ${old.cmdlet!.toFixed(2)} ms/call; trivial advanced function ${old.floor!.toFixed(2)} ms/call`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPwsh();
