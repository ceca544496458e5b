/**
 * A cross-process lock file for read-modify-write of shared files (the sign-in context and token
 * cache, emulator carts, faults, idempotency keys). Acquire = create the lock file exclusively
 * (`wx`, 0600) holding `{pid, token, at}`. A lock is stale when its process is gone (kill -9), it
 * is older than `staleMs`, or it was torn between create and write; a stale lock is renamed aside
 * (atomic: one breaker wins) and acquisition retried. Release removes the lock only while it is
 * still ours (the token matches).
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

export interface LockOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** A held lock older than this is considered abandoned (default 30 s). */
  staleMs?: number;
  /** Current time in ms; injectable for tests. */
  now?: () => number;
  /** How to wait between attempts (async locks only). */
  sleep?: (ms: number) => Promise<void>;
}

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`Timed out waiting for the lock ${lockPath}`);
    this.name = 'LockTimeoutError';
  }
}

/** Tells this holder from any other; unique, not secret (and no node:crypto on the start-up path). */
function newToken(): string {
  return `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder's pid: from `{pid, …}` JSON, or a bare pid (older lock files); undefined when torn. */
function holderPid(text: string): number | undefined {
  try {
    const parsed = JSON.parse(text) as { pid?: unknown } | number;
    const pid = typeof parsed === 'number' ? parsed : parsed?.pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
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
  const pid = holderPid(text);
  return pid === undefined ? now - mtime > 1_000 : !processAlive(pid);
}

function tryCreate(lockPath: string, token: string, now: number): boolean {
  try {
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, token, at: now }), { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function breakStale(lockPath: string): void {
  const aside = `${lockPath}.stale.${newToken()}`;
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

/** One acquisition loop for both front ends: yields how long to wait before trying again. */
function* acquisition(lockPath: string, token: string, options: LockOptions): Generator<number, void> {
  const now = options.now ?? Date.now;
  const started = now();
  for (let round = 0; !tryCreate(lockPath, token, now()); round++) {
    if (isStale(lockPath, options.staleMs ?? 30_000, now())) {
      breakStale(lockPath);
      continue;
    }
    if (now() - started > (options.timeoutMs ?? 10_000)) throw new LockTimeoutError(lockPath);
    yield Math.min(50, 2 + round * 2) + Math.floor(Math.random() * 5);
  }
}

export async function withFileLock<T>(lockPath: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const token = newToken();
  for (const wait of acquisition(lockPath, token, options)) await sleep(wait);
  try {
    return await work();
  } finally {
    release(lockPath, token);
  }
}

/** Takes the lock synchronously (blocking the thread while waiting); returns the release function. */
export function acquireLockSync(lockPath: string, options: LockOptions = {}): () => void {
  const token = newToken();
  for (const wait of acquisition(lockPath, token, options)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
  return () => release(lockPath, token);
}
