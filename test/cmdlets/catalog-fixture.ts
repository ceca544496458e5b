/**
 * In-process runs of the catalog and cart cmdlets through dispatch(), against the embedded
 * emulator in a fresh sandbox: argv in, exit code and stdout (JSON lines) / stderr out.
 */
import { PassThrough, Writable } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { dispatch } from '../../src/runtime/main.ts';
import type { RuntimeEnvironment } from '../../src/runtime/environment.ts';

const root = new URL('../..', import.meta.url).pathname;

export interface Json { [key: string]: any }

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as JSON lines. */
  objects: Json[];
}

export interface CatalogSandbox {
  dataDir: string;
  run(command: string, ...args: string[]): Promise<Run>;
  /** The emulator's request log, one entry per request. */
  requests(): Json[];
}

function sink(append: (text: string) => void): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      append(String(chunk));
      done();
    },
  });
}

export async function catalogSandbox(): Promise<CatalogSandbox> {
  const folder = mkdtempSync(join(tmpdir(), 'pcsh-catalog-'));
  const dataDir = join(folder, 'emulator');
  const env = { NO_COLOR: '1', PCSH_CONFIG_DIR: join(folder, 'config'), PCSH_EMULATOR_DATA: dataDir };
  const run = async (command: string, ...args: string[]): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const environment: RuntimeEnvironment = {
      root, cwd: folder, env, stdin: new PassThrough(), stdinIsTTY: false,
      stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)), version: '0.0.0-test',
    };
    const code = await dispatch([command, ...args], undefined, environment);
    const objects = stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Json);
    return { code, stdout, stderr, objects };
  };
  const connect = await run('Connect-PartnerCenter', '-Environment', 'Emulator');
  assert.is(connect.code, 0, connect.stderr);
  const requests = () => {
    const path = join(dataDir, 'requests.log');
    return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Json) : [];
  };
  return { dataDir, run, requests };
}

/** The run succeeded; its objects. */
export function objectsOf(result: Run, what: string): Json[] {
  assert.is(result.code, 0, `${what} exited ${result.code}: ${result.stderr}`);
  return result.objects;
}
