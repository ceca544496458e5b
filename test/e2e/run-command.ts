/**
 * Runs the real commands as a user would, each test with its own config and emulator state
 * folders: spawned (the generated dist/bin shims, built by `npm run build`) where the process
 * boundary is what a test is about, else in-process through dispatch(), the same entry the shims
 * call, with the same argv, environment variables and stdin, and stdout/stderr/exit code collected.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

export interface CommandResult { code: number; stdout: string; stderr: string }

export interface Sandbox {
  env: Record<string, string>;
  configDir: string;
  dataDir: string;
  run(command: string, args: string[], options?: { input?: string; env?: Record<string, string> }): Promise<CommandResult>;
}

/** 'spawn': a real process per command; 'in-process': dispatch() in this process (no start-up cost). */
export type Runner = 'spawn' | 'in-process';

export function createSandbox(extraEnv: Record<string, string> = {}, runner: Runner = 'spawn'): Sandbox {
  const configDir = join(mkdtempSync(join(tmpdir(), 'pcsh-e2e-')), 'config');
  const dataDir = mkdtempSync(join(tmpdir(), 'pcsh-e2e-data-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    PCSH_CONFIG_DIR: configDir,
    PCSH_EMULATOR_DATA: dataDir,
    NO_COLOR: '1',
    ...extraEnv,
  };
  return {
    env,
    configDir,
    dataDir,
    run: (command, args, options = {}) => {
      const run = runner === 'spawn' ? runCommand : runInProcess;
      return run(command, args, { ...env, ...options.env }, options.input);
    },
  };
}

/** `command args…` through dispatch() in this process: what dist/bin/<command>.js does, minus the process. */
async function runInProcess(command: string, args: string[], env: Record<string, string>, input?: string): Promise<CommandResult> {
  const { dispatch } = await import('../../src/runtime/main.ts');
  const collected = { stdout: '', stderr: '' };
  const sink = (stream: 'stdout' | 'stderr') => new Writable({
    write(chunk, _encoding, done) {
      collected[stream] += String(chunk);
      done();
    },
  });
  const stdin = new PassThrough();
  stdin.end(input ?? '');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const environment = { root, cwd: process.cwd(), env, stdin, stdinIsTTY: false, stdout: sink('stdout'), stderr: sink('stderr'), version };
  const code = await dispatch([...args], command === 'pcsh' ? undefined : command, environment);
  return { code, ...collected };
}

export function runCommand(command: string, args: string[], env: Record<string, string>, input?: string): Promise<CommandResult> {
  const script = join(root, 'dist/bin', `${command}.js`);
  if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build" first.`);
  return spawnCollect(process.execPath, [script, ...args], { env, input });
}

/** Spawns a program and collects its exit code, stdout and stderr; stdin gets `input` (or nothing). */
export function spawnCollect(file: string, args: string[], options: { env: Record<string, string>; cwd?: string; input?: string }): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A folder with every command by its bare name (what `npm install -g .` makes), for bash's PATH. */
export function commandFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'pcsh-e2e-bin-')), 'bin');
  mkdirSync(folder);
  for (const file of readdirSync(join(root, 'dist/bin')).filter((name) => name.endsWith('.js'))) {
    symlinkSync(join(root, 'dist/bin', file), join(folder, file.slice(0, -3)));
  }
  return folder;
}

/** Runs a bash script with the commands on PATH by their bare names (`bin` from commandFolder()). */
export function runBash(script: string, options: { bin: string; env: Record<string, string>; cwd: string }): Promise<CommandResult> {
  return spawnCollect('bash', ['-c', script], { env: { ...options.env, PATH: `${options.bin}:${options.env.PATH}` }, cwd: options.cwd });
}
