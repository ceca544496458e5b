/**
 * The lock beside the config files, so two pcsh processes never write the context or the token
 * cache at the same time: the shared cross-process lock (src/runtime/file-lock.ts), taken
 * synchronously, with a sign-in specific error when another process holds it too long.
 *
 * @module
 */
import { PcshError } from '../core/error-record.ts';
import { acquireLockSync as acquireShared, LockTimeoutError, type LockOptions } from '../runtime/file-lock.ts';

export type { LockOptions } from '../runtime/file-lock.ts';

function lockedError(lockPath: string): PcshError {
  return new PcshError(
    `Another pcsh process is updating the sign-in files (lock '${lockPath}'). Try again, or delete the lock file if no pcsh process is running.`,
    { errorId: 'ConfigLocked', category: 'ResourceUnavailable', targetObject: lockPath },
  );
}

/** Takes the lock (waiting for another holder), returns a release function. */
export function acquireLockSync(lockPath: string, options: LockOptions = {}): () => void {
  try {
    return acquireShared(lockPath, options);
  } catch (error) {
    throw error instanceof LockTimeoutError ? lockedError(lockPath) : error;
  }
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
