/** Many cmdlet processes on one data folder, each with its own embedded emulator: nothing lost, nothing doubled, nothing torn. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../../src/emulator/index.ts';
import { withFileLock } from '../../src/core/file-lock.ts';
import { BASIC_ITEM, CUSTOMER, tempDir } from '../partner-center/support.ts';
import { call } from './http.ts';

const CHILD = fileURLToPath(new URL('./fixtures/cart-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const basic = { catalogItemId: BASIC_ITEM, quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' };

function child(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finish(proc: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve) => proc.on('close', (code) => resolve({ code, out, err })));
}

async function makeCart(dataDir: string): Promise<string> {
  const emulator = await startEmulator({ dataDir });
  try {
    return (await call(emulator.url, 'POST', `/v1/customers/${CUSTOMER}/carts`, { lineItems: [basic] })).body.id;
  } finally {
    await emulator.close();
  }
}

function jsonFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.json') && !n.startsWith('.')) : [];
}

test('20 processes, each with its own embedded emulator: 20 new carts, and the shared cart ordered exactly once', async () => {
  const dir = tempDir();
  try {
    const shared = await makeCart(dir.path);
    const results = await Promise.all(Array.from({ length: 20 }, () => finish(child(['create-and-checkout', dir.path, CUSTOMER, shared]))));
    for (const r of results) assert.is(r.code, 0, r.err);
    const outputs = results.map((r) => JSON.parse(r.out) as { cartId: string; orders: string[] });
    assert.is(new Set(outputs.map((o) => o.cartId)).size, 20);
    assert.is(jsonFiles(join(dir.path, 'carts', CUSTOMER)).length, 21);
    assert.is(new Set(outputs.map((o) => o.orders.join())).size, 1, 'every checkout got the same order');
    assert.is(jsonFiles(join(dir.path, 'orders', CUSTOMER)).length, 1);
    const log = readFileSync(join(dir.path, 'requests.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.is(log.length, 1 + 20 * 2, 'no request line lost or torn');
  } finally {
    dir.remove();
  }
});

test('kill -9 in the middle of writes leaves valid JSON, and the next process takes over the lock', async () => {
  const dir = tempDir();
  try {
    const cartId = await makeCart(dir.path);
    const proc = child(['hammer', dir.path, CUSTOMER, cartId]);
    const done = finish(proc);
    await new Promise<void>((resolve) => {
      let lines = 0;
      proc.stdout!.on('data', (d: Buffer) => {
        lines += d.toString().split('\n').length - 1;
        if (lines >= 25) resolve();
      });
    });
    proc.kill('SIGKILL');
    await done;
    const folder = join(dir.path, 'carts', CUSTOMER);
    for (const name of jsonFiles(folder)) JSON.parse(readFileSync(join(folder, name), 'utf8'));
    const emulator = await startEmulator({ dataDir: dir.path, lock: { timeoutMs: 5_000 } });
    try {
      const answer = await call(emulator.url, 'PUT', `/v1/customers/${CUSTOMER}/carts/${cartId}`, { lineItems: [basic] });
      assert.is(answer.status, 200);
    } finally {
      await emulator.close();
    }
  } finally {
    dir.remove();
  }
});

test('a lock left by a dead process is broken; one held by a live process makes a busy cart 409 800064', async () => {
  const dir = tempDir();
  try {
    const cartId = await makeCart(dir.path);
    const lock = join(dir.path, 'carts', CUSTOMER, `${cartId}.json.lock`);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lock, JSON.stringify({ pid: Number(dead), token: 'dead', at: 0 }));
    const emulator = await startEmulator({ dataDir: dir.path, lock: { timeoutMs: 200 } });
    try {
      const url = `/v1/customers/${CUSTOMER}/carts/${cartId}`;
      assert.is((await call(emulator.url, 'PUT', url, { lineItems: [basic] })).status, 200);
      assert.not.ok(existsSync(lock));
      await withFileLock(lock, async () => {
        const busy = await call(emulator.url, 'PUT', url, { lineItems: [basic] });
        assert.equal([busy.status, busy.body.code], [409, 800064]);
      });
    } finally {
      await emulator.close();
    }
  } finally {
    dir.remove();
  }
});

test('a torn lock file (killed between create and write) is broken once it is old', async () => {
  const dir = tempDir();
  try {
    const lock = join(dir.path, 'x.lock');
    mkdirSync(dir.path, { recursive: true });
    writeFileSync(lock, '');
    let clock = Date.now() + 5_000;
    const ran = await withFileLock(lock, () => 'ran', { now: () => clock++, sleep: async () => {} });
    assert.is(ran, 'ran');
  } finally {
    dir.remove();
  }
});

test.run();
