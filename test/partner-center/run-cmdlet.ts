/** Cmdlets in-process through dispatch(), connected with an access token to a Partner Center at `url`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { dispatch } from '../../src/runtime/main.ts';
import type { RuntimeEnvironment } from '../../src/runtime/environment.ts';

const root = new URL('../..', import.meta.url).pathname;

export interface CmdletRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as JSON lines. */
  objects: any[];
}

export interface Runner {
  run(argv: string[]): Promise<CmdletRun>;
  remove(): void;
}

export async function connectedRunner(url: string, extraEnv: Record<string, string> = {}): Promise<Runner> {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-replay-'));
  const env = { NO_COLOR: '1', PCSH_FORMAT: 'json', PCSH_CONFIG_DIR: join(dir, 'config'), PCSH_ACCESS_TOKEN: 'documented-sample-token', PCSH_ENDPOINT: url, ...extraEnv };
  const run = async (argv: string[]): Promise<CmdletRun> => {
    let stdout = '';
    let stderr = '';
    const sink = (append: (s: string) => void) => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
    const environment: RuntimeEnvironment = {
      root, cwd: root, env, stdin: new PassThrough(), version: '0.0.0-test',
      stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)),
    };
    const code = await dispatch(argv, undefined, environment);
    const objects = stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
    return { code, stdout, stderr, objects };
  };
  const connected = await run(['Connect-PartnerCenter', '-AccessToken', '-']);
  if (connected.code !== 0) throw new Error(`Connect-PartnerCenter failed: ${connected.stderr}`);
  return { run, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
