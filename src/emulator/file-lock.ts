/**
 * A cross-process lock file for read-modify-write of one emulator file (a cart, faults.json, an
 * idempotency key). Acquire = create `<name>.lock` with `wx`, holding `{pid, token, at}`.
 * A lock is stale when its process is gone (kill -9) or it is older than `staleMs`; a stale
 * lock is renamed away (atomic: only one breaker wins) and acquisition retried.
 *
 * @module
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

export interface LockOptions {
  /** Give up after this long: the caller reports "busy" (800064). */
  timeoutMs?: number;
  /** A held lock older than this is considered abandoned. */
  staleMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`Timed out waiting for the lock ${lockPath}`);
    this.name = 'LockTimeoutError';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockPath: string, staleMs: number, now: number): boolean {
  let text: string;
  let mtime: number;
  try {
    text = readFileSync(lockPath, 'utf8');
    mtime = statSync(lockPath).mtimeMs;
  } catch {
    return false; // gone already: the next attempt will take it
  }
  if (now - mtime > staleMs) return true;
  try {
    const { pid } = JSON.parse(text) as { pid: number };
    return typeof pid === 'number' && !processAlive(pid);
  } catch {
    return now - mtime > 1_000; // torn by a kill between create and write
  }
}

function tryCreate(lockPath: string, token: string, now: number): boolean {
  try {
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, token, at: now }), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function breakStale(lockPath: string): void {
  const aside = `${lockPath}.stale.${randomBytes(6).toString('hex')}`;
  try {
    renameSync(lockPath, aside);
    rmSync(aside, { force: true });
  } catch {
    // another process broke it first
  }
}

function release(lockPath: string, token: string): void {
  try {
    const { token: held } = JSON.parse(readFileSync(lockPath, 'utf8')) as { token: string };
    if (held === token) rmSync(lockPath, { force: true });
  } catch {
    // already gone
  }
}

export async function withFileLock<T>(lockPath: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const token = randomBytes(8).toString('hex');
  const started = now();
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let round = 0; !tryCreate(lockPath, token, now()); round++) {
    if (isStale(lockPath, staleMs, now())) {
      breakStale(lockPath);
      continue;
    }
    if (now() - started > timeoutMs) throw new LockTimeoutError(lockPath);
    await sleep(Math.min(50, 2 + round * 2) + Math.floor(Math.random() * 5));
  }
  try {
    return await work();
  } finally {
    release(lockPath, token);
  }
}
