/**
 * Crash safety (issue 11): a standalone emulator (`pcsh emulator start`, spawned from dist/) is
 * killed with SIGKILL at random moments while 6 clients create carts, replace their line items
 * and check them out, each call retried with the same MS-RequestId until it is answered; the
 * emulator is restarted on the same data folder each time. Afterwards no acknowledged write is
 * lost, every request id made exactly one cart, and no checkout was applied twice.
 * Bounded: 5 kills, a fixed seed for the kill moments.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const ITEM = { catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' };
const CLIENTS = 6;
const KILLS = 5;

interface Emulator { child: ChildProcess; url: string }

function startEmulator(dataDir: string): Promise<Emulator> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/bin/pcsh.js'), 'emulator', 'start', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('error', reject);
  });
}

/** Deterministic pseudo-random numbers (mulberry32), so the kill moments are the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One logical call: retried with the same MS-RequestId through crashes until the emulator answers. */
async function callUntilAnswered(
  current: () => string, method: string, path: string, requestId: string, body?: unknown,
): Promise<{ status: number; body: any }> {
  for (;;) {
    try {
      const init: RequestInit = { method, headers: { Authorization: 'Bearer crash-test', 'Content-Type': 'application/json', 'MS-RequestId': requestId } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(`${current()}${path}`, init);
      const text = await response.text();
      if (response.status < 500) return { status: response.status, body: text ? JSON.parse(text) : undefined };
    } catch {
      // connection refused or reset: the emulator is down; try again
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Acknowledged { requestId: string; cartId: string; lineItems: number; orders?: string[] }

async function client(index: number, current: () => string, running: () => boolean): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = [];
  const carts = `/v1/customers/${CUSTOMER}/carts`;
  for (let op = 0; running(); op++) {
    const requestId = `client-${index}-op-${op}`;
    const created = await callUntilAnswered(current, 'POST', carts, requestId, { lineItems: [ITEM] });
    assert.is(created.status, 201, requestId);
    const ack: Acknowledged = { requestId, cartId: created.body.id, lineItems: 1 };
    acknowledged.push(ack);
    const items = 1 + (op % 3);
    const updated = await callUntilAnswered(current, 'PUT', `${carts}/${ack.cartId}`, `${requestId}-put`, { lineItems: Array(items).fill(ITEM) });
    assert.is(updated.status, 200, `${requestId} PUT`);
    ack.lineItems = items;
    if (op % 2 === 0) {
      const paid = await callUntilAnswered(current, 'POST', `${carts}/${ack.cartId}/checkout`, `${requestId}-checkout`);
      assert.ok([200, 201].includes(paid.status), `${requestId} checkout ${paid.status}`);
      ack.orders = (paid.body.orders as { id: string }[]).map((order) => order.id);
    }
  }
  return acknowledged;
}

test(`kill -9 under load (${CLIENTS} clients, ${KILLS} kills): nothing acknowledged is lost, nothing is applied twice`, async () => {
  assert.ok(existsSync(join(ROOT, 'dist/bin/pcsh.js')), 'run npm run build first');
  const dataDir = mkdtempSync(join(tmpdir(), 'pcsh-crash-'));
  const next = random(11);
  let emulator = await startEmulator(dataDir);
  let stopping = false;
  try {
    const work = Array.from({ length: CLIENTS }, (_, index) => client(index, () => emulator.url, () => !stopping));
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(next() * 400)));
      emulator.child.kill('SIGKILL');
      await new Promise((resolve) => emulator.child.once('close', resolve));
      emulator = await startEmulator(dataDir);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    stopping = true;
    const acknowledged = (await Promise.all(work)).flat();
    assert.ok(acknowledged.length >= CLIENTS, `${acknowledged.length} carts acknowledged`);
    const cartFiles = readdirSync(join(dataDir, 'carts', CUSTOMER)).filter((name) => name.endsWith('.json'));
    assert.is(cartFiles.length, acknowledged.length, 'one cart per create request id: no retry made a second');
    const carts = `/v1/customers/${CUSTOMER}/carts`;
    let orders = 0;
    for (const ack of acknowledged) {
      const cart = await callUntilAnswered(() => emulator.url, 'GET', `${carts}/${ack.cartId}`, `${ack.requestId}-verify`);
      assert.is(cart.status, 200, ack.requestId);
      assert.is(cart.body.lineItems.length, ack.lineItems, `${ack.requestId}: the acknowledged line items are there`);
      assert.is(cart.body.status, ack.orders ? 'Ordered' : 'Active', ack.requestId);
      const replay = await callUntilAnswered(() => emulator.url, 'POST', carts, ack.requestId, { lineItems: [ITEM] });
      assert.is(replay.body.id, ack.cartId, `${ack.requestId}: a repeat answers the same cart`);
      orders += ack.orders?.length ?? 0;
    }
    const listed = await callUntilAnswered(() => emulator.url, 'GET', `/v1/customers/${CUSTOMER}/orders`, 'list-orders');
    assert.is(listed.body.totalCount, orders, 'every acknowledged checkout ordered exactly once');
  } finally {
    stopping = true;
    emulator.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test.run();
