/**
 * A lock file beside the config files, so two pcsh processes never write the context or the
 * token cache at the same time: created with O_EXCL, holding the owner's pid; a lock whose owner
 * is gone, or that is older than `staleMs`, is broken.
 *
 * @module
 */
import { openSync, writeSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { PcshError } from '../runtime/error-record.ts';

export interface LockOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** A lock older than this is considered abandoned (default 30 s). */
  staleMs?: number;
  /** Current time in ms; injectable for tests. */
  now?: () => number;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether an existing lock file was left behind by a dead or stuck process. */
function isStale(lockPath: string, staleMs: number, now: number): boolean {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) return true;
    return now - statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false; // vanished meanwhile: the next attempt will take it
  }
}

/** Tries once to take the lock; true when taken. */
function tryAcquire(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx', 0o600);
    try { writeSync(fd, String(process.pid)); } finally { closeSync(fd); }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function lockedError(lockPath: string): PcshError {
  return new PcshError(
    `Another pcsh process is updating the sign-in files (lock '${lockPath}'). Try again, or delete the lock file if no pcsh process is running.`,
    { errorId: 'ConfigLocked', category: 'ResourceUnavailable', targetObject: lockPath },
  );
}

/** Takes the lock (waiting for another holder), returns a release function. */
export function acquireLockSync(lockPath: string, options: LockOptions = {}): () => void {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeoutMs ?? 10_000);
  for (let wait = 5; !tryAcquire(lockPath); wait = Math.min(wait * 2, 100)) {
    if (isStale(lockPath, options.staleMs ?? 30_000, now())) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (now() > deadline) throw lockedError(lockPath);
    sleepSync(wait);
  }
  return () => rmSync(lockPath, { force: true });
}

/** Runs `fn` while holding the lock. */
export function withLockSync<T>(lockPath: string, fn: () => T, options?: LockOptions): T {
  const release = acquireLockSync(lockPath, options);
  try {
    return fn();
  } finally {
    release();
  }
}
