/**
 * Runs user scripts in REAL pwsh (7.6.9 in CI: .ci/run installs it) against the built module
 * (dist/pwsh/PartnerCenter), the real `pcsh host --stdio` beside it and the embedded emulator, each
 * in its own sandbox (config, emulator state). Without pwsh these tests say they did not run; with
 * CI=true they fail instead.
 *
 * The compiled assembly cache is shared by the test files of a run (it is keyed by the C# source's
 * hash and the pwsh version), so only the first script of a fresh machine compiles.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDotnet, findPwsh } from '../../../scripts/find-program.ts';

export { findPwsh };

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPTS = fileURLToPath(new URL('./scripts/', import.meta.url));
export const MODULE = join(root, 'dist', 'pwsh', 'PartnerCenter', 'PartnerCenter.psd1');
export const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

/** The pwsh to use, or null (and a line saying the file did not run) outside CI. In CI a missing pwsh throws. */
export function requirePwsh(file: string): string | null {
  const pwsh = findPwsh();
  if (!existsSync(MODULE)) throw new Error(`${MODULE} is missing: run 'npm run build' first.`);
  if (pwsh !== null) return pwsh;
  if (process.env.CI === 'true') throw new Error('pwsh is required in CI (.ci/run installs PowerShell 7.6.9) but was not found.');
  console.log(`${file}: did not run, pwsh was not found (dotnet tool install --global PowerShell --version 7.6.9).`);
  return null;
}

/**
 * The prebuilt assembly `npm run build` makes with the .NET SDK (bin/<source hash>/PartnerCenter.dll), or
 * null with a line saying the tests that need it did not run. In CI (which has the SDK) a missing one throws.
 */
export function requirePrebuilt(file: string, sourceHash: string): string | null {
  const dll = join(MODULE, '..', 'bin', sourceHash, 'PartnerCenter.dll');
  if (existsSync(dll)) return dll;
  const why = findDotnet() === null ? 'the build had no .NET SDK' : 'the build skipped it (PCSH_PWSH_PREBUILD=0?)';
  if (process.env.CI === 'true') throw new Error(`${dll} is missing in CI: ${why}.`);
  console.log(`${file}: the prebuilt-assembly tests did not run: ${why}.`);
  return null;
}

export interface Sandbox {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** The emulator's request log lines (one per request that reached it). */
  requests(): string[];
}

/** The cache every test script of this run shares (see the file comment). */
const SHARED_CACHE = join(tmpdir(), 'pcsh-test-pwsh-assembly-cache');

export function createSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-pwsh-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PCSH_CONFIG_DIR: join(dir, 'config'),
    PCSH_EMULATOR_DATA: join(dir, 'data'),
    PCSH_PWSH_CACHE: process.env.PCSH_PWSH_CACHE ?? SHARED_CACHE,
    PCSH_TEST_MODULE: MODULE,
    NO_COLOR: '1',
  };
  for (const name of ['PCSH_COMMAND', 'PCSH_ENDPOINT', 'PCSH_FORMAT', 'PSModulePath']) delete env[name];
  return {
    dir,
    env,
    requests: () => {
      const log = join(dir, 'data', 'requests.log');
      return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((line) => line !== '') : [];
    },
  };
}

export interface PwshRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The objects the script wrote as `RESULT <json>` lines, in order. */
  results: any[];
}

/** Runs test/pwsh/real/scripts/<name> with arguments, non-interactive, as a user would from a shell. */
export function runScript(pwsh: string, sandbox: Sandbox, name: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<PwshRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(pwsh, ['-NoProfile', '-NonInteractive', '-File', join(SCRIPTS, name), ...args], {
      env: { ...sandbox.env, ...extraEnv },
      cwd: sandbox.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const results = stdout.split('\n').filter((line) => line.startsWith('RESULT ')).map((line) => JSON.parse(line.slice('RESULT '.length)));
      resolve({ status, stdout, stderr, results });
    });
  });
}

/** A readable failure message for a run. */
export function describe(run: PwshRun): string {
  return `exit ${run.status}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
