/**
 * THE file lock (src/core/file-lock.ts): who counts as a live holder (pid AND start time, never a
 * bare pid), that a stale lock is broken at once, that a live one is waited for, and that
 * breaking a stale lock with many contenders at once never lets two hold it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLockSync, LockTimeoutError, withFileLock } from '../../src/core/file-lock.ts';
import { holderAlive, processStart, readHolder } from '../../src/core/lock-holder.ts';

const fixture = new URL('./fixtures/lock-contender.ts', import.meta.url).pathname;

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'pcsh-lock-'));
}

const now = Date.now();
const me = { pid: process.pid, start: processStart(process.pid), token: 't', at: now };

test('holderAlive: a pid counts only with its own start time; without one, only while young', () => {
  const cases: [string, Parameters<typeof holderAlive>[0], boolean][] = [
    ['this process, its start time', me, true],
    ['this process, another start time (pid reused)', { ...me, start: '1' }, false],
    ['a dead pid', { ...me, pid: deadPid() }, false],
    ['a live pid without a start time, young', { ...me, start: undefined }, true],
    ['a live pid without a start time, old', { ...me, start: undefined, at: now - 60_000 }, false],
  ];
  assert.ok(me.start, 'Linux: /proc/<pid>/stat gives a start time');
  for (const [name, holder, alive] of cases) assert.is(holderAlive(holder, now, 30_000), alive, name);
});

test('readHolder: JSON holders; a bare pid is never trusted; torn text is no holder', () => {
  assert.equal(readHolder(JSON.stringify(me), now), me);
  const bare = readHolder(String(process.pid), now);
  assert.ok(bare && !holderAlive(bare, now, 30_000), 'a bare live pid is stale');
  for (const torn of ['', '{', 'null', '{"pid":"x","token":"t"}', '{"pid":-1,"token":"t"}']) assert.is(readHolder(torn, now), undefined, torn);
});

test('a lock whose pid was reused by an unrelated live process is broken at once (no 10-30 s wait)', async () => {
  const dir = freshDir();
  const lock = join(dir, 'x.lock');
  // pid 1 is alive, but it is not the process that wrote this lock (different start time).
  writeFileSync(lock, JSON.stringify({ pid: 1, start: '999999999999', token: 'reused', at: Date.now() }));
  let waits = 0;
  assert.is(await withFileLock(lock, () => 'ran', { sleep: async () => void waits++, timeoutMs: 1_000 }), 'ran');
  assert.is(waits, 0, 'no waiting round');
  assert.not.ok(existsSync(lock));
  rmSync(dir, { recursive: true, force: true });
});

test('a live holder is waited for, then the waiter times out; the holder keeps its lock', () => {
  const dir = freshDir();
  const lock = join(dir, 'x.lock');
  const release = acquireLockSync(lock);
  let t = 0;
  assert.throws(() => acquireLockSync(lock, { now: () => (t += 5_000), timeoutMs: 10_000 }), (e: unknown) => e instanceof LockTimeoutError);
  assert.ok(existsSync(lock));
  release();
  assert.not.ok(existsSync(lock));
  assert.equal(readdirSync(dir), [], 'no temp, claim or lock file left');
  rmSync(dir, { recursive: true, force: true });
});

test('a break claim left by a breaker that died is taken over', async () => {
  const dir = freshDir();
  const lock = join(dir, 'x.lock');
  const stale = JSON.stringify({ pid: deadPid(), start: '1', token: 'stale', at: 0 });
  writeFileSync(lock, stale);
  writeFileSync(`${lock}.break.stale.1`, JSON.stringify({ pid: deadPid(), start: '1', token: 'breaker', at: 0 }));
  assert.is(await withFileLock(lock, () => 'ran', { timeoutMs: 1_000 }), 'ran');
  assert.equal(readdirSync(dir), [], 'the dead breaker\'s claim is cleaned up too');
  rmSync(dir, { recursive: true, force: true });
});

const CONTENDERS = 12;
const TRIALS = 5;

function startContenders(dir: string, lock: string, exited: Set<number>): ChildProcess[] {
  return Array.from({ length: CONTENDERS }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir, lock, String(TRIALS)], { stdio: 'inherit' });
    return child.on('close', () => exited.add(child.pid!));
  });
}

/** Each contender's outcome for this trial; one that exited without an outcome is "crashed". */
async function outcomes(dir: string, trial: number, exited: Set<number>): Promise<string[]> {
  for (;;) {
    const done = new Map(readdirSync(dir).filter((name) => name.startsWith(`done-${trial}-`))
      .map((name) => [Number(name.split('-')[2]), readFileSync(join(dir, name), 'utf8')] as const));
    const crashed = [...exited].filter((pid) => !done.has(pid));
    if (done.size + crashed.length === CONTENDERS) return [...done.values(), ...crashed.map(() => 'crashed')];
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test(`${CONTENDERS} processes racing to break one dead-pid lock: never two holders at once (${TRIALS} trials)`, async () => {
  const dir = freshDir();
  const lock = join(dir, 'x.lock');
  const exited = new Set<number>();
  const children = startContenders(dir, lock, exited);
  try {
    for (let trial = 0; trial < TRIALS; trial++) {
      writeFileSync(lock, JSON.stringify({ pid: deadPid(), start: '1', token: `dead-${trial}`, at: 0 }));
      writeFileSync(join(dir, `go-${trial}`), '');
      assert.equal(await outcomes(dir, trial, exited), Array(CONTENDERS).fill('ok'), `trial ${trial}`);
    }
  } finally {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
