/**
 * Spawns the real commands as a user would (the generated dist/bin shims, built by
 * `npm run build`), each test with its own config and emulator state folders.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
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

export function createSandbox(extraEnv: Record<string, string> = {}): Sandbox {
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
    run: (command, args, options = {}) => runCommand(command, args, { ...env, ...options.env }, options.input),
  };
}

export function runCommand(command: string, args: string[], env: Record<string, string>, input?: string): Promise<CommandResult> {
  const script = join(root, 'dist/bin', `${command}.js`);
  if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build" first.`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
