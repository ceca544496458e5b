import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, statSync, chmodSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { readContext, writeContext, removeLockedContext } from '../../src/auth/context-store.ts';
import { acquireLockSync } from '../../src/core/file-lock.ts';
import { withConfigLock } from '../../src/auth/secure-files.ts';
import { PcshError } from '../../src/core/error-record.ts';
import type { StoredContext } from '../../src/auth/context.ts';

const posix = process.platform !== 'win32';
const ctx: StoredContext = { version: 1, environment: 'AzureCloud', authMode: 'DeviceCode', account: 'a@b.c', tenant: 't' };

function freshDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'pcsh-store-')), 'config', 'pcsh');
}

test('no context: null, and nothing is created', () => {
  const dir = freshDir();
  assert.is(readContext(dir), null);
});

test('write then read round-trips; files 0600 in a 0700 directory', () => {
  const dir = freshDir();
  writeContext(dir, ctx);
  assert.equal(readContext(dir), ctx);
  if (posix) {
    assert.is(statSync(dir).mode & 0o777, 0o700);
    assert.is(statSync(join(dir, 'context.json')).mode & 0o777, 0o600);
  }
  assert.equal(readdirSync(dir).sort(), ['context.json'], 'no temp or lock file left behind');
});

test('rewrite replaces; remove forgets; remove twice is fine', () => {
  const dir = freshDir();
  writeContext(dir, ctx);
  writeContext(dir, { ...ctx, account: 'other@b.c' });
  assert.is(readContext(dir)?.account, 'other@b.c');
  withConfigLock(dir, process.platform, removeLockedContext);
  withConfigLock(dir, process.platform, removeLockedContext);
  assert.is(readContext(dir), null);
});

function refusal(fn: () => unknown): PcshError {
  try {
    fn();
  } catch (error) {
    assert.instance(error, PcshError);
    return error as PcshError;
  }
  throw new Error('expected a refusal');
}

if (posix) {
  for (const mode of [0o644, 0o640, 0o604, 0o660]) {
    test(`a context file with mode ${mode.toString(8)} is refused`, () => {
      const dir = freshDir();
      writeContext(dir, ctx);
      chmodSync(join(dir, 'context.json'), mode);
      const error = refusal(() => readContext(dir));
      assert.is(error.errorId, 'InsecureConfigPermissions');
      assert.is(error.category, 'PermissionDenied');
      assert.ok(error.message.includes(join(dir, 'context.json')), error.message);
      assert.ok(error.message.includes(`chmod 600`), error.message);
    });
  }

  test('a group-readable directory is refused for reading and writing', () => {
    const dir = freshDir();
    writeContext(dir, ctx);
    chmodSync(dir, 0o750);
    assert.is(refusal(() => readContext(dir)).errorId, 'InsecureConfigPermissions');
    assert.ok(refusal(() => writeContext(dir, ctx)).message.includes('chmod 700'));
  });

  test('the check is skipped on win32', () => {
    const dir = freshDir();
    writeContext(dir, ctx);
    chmodSync(join(dir, 'context.json'), 0o644);
    assert.equal(readContext(dir, 'win32'), ctx);
  });

  test('an existing looser file is replaced by a 0600 one on write', () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, 'context.json'), '{}', { mode: 0o600 });
    writeContext(dir, ctx);
    assert.is(statSync(join(dir, 'context.json')).mode & 0o777, 0o600);
  });
}

test('a corrupt context names the fix', () => {
  const dir = freshDir();
  writeContext(dir, ctx);
  writeFileSync(join(dir, 'context.json'), '{not json', { mode: 0o600 });
  const error = refusal(() => readContext(dir));
  assert.is(error.errorId, 'InvalidStoredContext');
  assert.match(error.message, /Run Connect-PartnerCenter again/);
});

test('a held lock makes a writer give up with ConfigLocked (no real waiting: clock jumps)', () => {
  const dir = freshDir();
  writeContext(dir, ctx);
  const release = acquireLockSync(join(dir, '.pcsh.lock'));
  let t = 0;
  const error = refusal(() => withConfigLock(dir, process.platform, () => undefined, { now: () => (t += 60_000), staleMs: 1e12 }));
  assert.is(error.errorId, 'ConfigLocked');
  release();
  writeContext(dir, ctx);
});

test('a lock left by a dead process is broken', () => {
  const dir = freshDir();
  writeContext(dir, ctx);
  writeFileSync(join(dir, '.pcsh.lock'), '999999999');
  writeContext(dir, { ...ctx, tenant: 'after' });
  assert.is(readContext(dir)?.tenant, 'after');
});


test('an unlocked reader racing a writer that removes and rewrites the file sees a context or none, never ENOENT', async () => {
  const dir = freshDir();
  writeContext(dir, ctx);
  // A second thread flips the file between present and absent as fast as it can, as a
  // concurrent Disconnect/Connect pair does; the reader must never fail in between.
  const flipper = new Worker(
    `const { rmSync, writeFileSync } = require('node:fs');
     const { workerData } = require('node:worker_threads');
     const { parentPort } = require('node:worker_threads');
     parentPort.postMessage('started');
     const end = Date.now() + 1500;
     while (Date.now() < end) { rmSync(workerData.file, { force: true }); writeFileSync(workerData.file, workerData.text, { mode: 0o600 }); }`,
    { eval: true, workerData: { file: join(dir, 'context.json'), text: JSON.stringify(ctx) } },
  );
  const done = new Promise((resolve) => flipper.once('exit', resolve));
  await new Promise((resolve) => flipper.once('message', resolve));
  let reads = 0;
  let absent = 0;
  const end = Date.now() + 1000;
  while (Date.now() < end) {
    let seen: StoredContext | null = null;
    try {
      seen = readContext(dir);
    } catch (error) {
      // A half-written file (the flipper writes in place, not atomically) may fail to parse; that is not this race.
      if (error instanceof PcshError && error.errorId === 'InvalidStoredContext') continue;
      throw error;
    }
    reads++;
    if (seen === null) absent++;
  }
  await done;
  assert.ok(reads > 100, `read ${reads} times`);
  assert.ok(absent > 0 && absent < reads, `the race was exercised: ${absent} of ${reads} reads found no file`);
});

test.run();
