/**
 * dist/load.js, the loader every command shim requires, and dist/pcsh.js.<kind>.cache, V8's code
 * caches for the bundle. Compiling the ~0.3 MB bundle is a large part of a cmdlet call's start-up;
 * with a cache V8 skips it for every function the warm-up compiled (the approach of
 * v8-compile-cache). V8 deserializes the whole cache on every start, so there is one per kind of
 * call (-?, Get-Help and Get-Command, -WhatIf, calls), each holding only what that kind runs: a help call no
 * longer pays for the HTTP client's compiled code. A cache from another Node or V8 version is
 * rejected by V8 itself, and the bundle then compiles as usual: a cache can make start-up faster,
 * never wrong.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';

const template = (name: string) => readFileSync(new URL(`./templates/${name}`, import.meta.url), 'utf8');

/** The kinds load.cjs chooses from (see cacheKind there). */
const CACHE_KINDS = ['call', 'whatif', 'help', 'usage'] as const;

/** The loader (CommonJS, runs as is): the bundle through vm.Script with the cache of the call's kind. */
export function writeLoader(root: string): void {
  writeFileAtomic(join(root, 'dist/load.js'), template('load.cjs'));
}

/**
 * The warm-ups talk to an emulator in another process, as a call to Partner Center would: the
 * caches then hold the client's code but not the emulator's (smaller to read on every call; the
 * embedded emulator compiles on demand).
 */
export async function buildCodeCache(root: string): Promise<void> {
  const sandbox = mkdtempSync(join(tmpdir(), 'pcsh-code-cache-'));
  const emulator = await startEmulatorProcess(root, join(sandbox, 'emulator'));
  try {
    rmSync(join(root, 'dist/pcsh.js.cache'), { force: true }); // the one cache of earlier builds
    const { PCSH_ENDPOINT: _endpoint, ...inherited } = process.env;
    const warmUp = template('warm-up.cjs');
    const env = { ...inherited, PCSH_CONFIG_DIR: join(sandbox, 'config'), PCSH_ENDPOINT: emulator.url };
    // Signed in by a process of its own: the warm-ups then hold only what their calls run.
    const signIn = spawnSync(process.execPath, [join(root, 'dist/bin/Connect-PartnerCenter.js'), '-Environment', 'Emulator'], { env, encoding: 'utf8' });
    if (signIn.status !== 0) throw new Error(`code cache warm-up: Connect-PartnerCenter failed (${signIn.status}): ${signIn.stderr}`);
    for (const kind of CACHE_KINDS) {
      rmSync(join(root, `dist/pcsh.js.${kind}.cache`), { force: true });
      const result = spawnSync(process.execPath, ['-e', warmUp, join(root, 'dist/load.js'), root, kind], { env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`code cache warm-up '${kind}' failed (${result.status}): ${result.stderr}`);
    }
  } finally {
    emulator.stop();
    rmSync(sandbox, { recursive: true, force: true });
  }
}

function startEmulatorProcess(root: string, dataDir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(root, 'dist/bin/pcsh.js'), 'emulator', 'start', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.once('exit', (code) => reject(new Error(`the emulator exited (${code}) before listening: ${seen}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen)?.[1];
      if (!url) return;
      child.removeAllListeners('exit');
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({ url, stop: () => child.kill('SIGTERM') });
    });
  });
}
