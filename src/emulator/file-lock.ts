/**
 * The emulator's locks around read-modify-write of one file (a cart, faults.json, an idempotency
 * key): the shared cross-process lock (src/runtime/file-lock.ts), with the folder created first.
 *
 * @module
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { withFileLock as withSharedLock, type LockOptions } from '../runtime/file-lock.ts';

export { LockTimeoutError, type LockOptions } from '../runtime/file-lock.ts';

export function withFileLock<T>(lockPath: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  mkdirSync(dirname(lockPath), { recursive: true });
  return withSharedLock(lockPath, work, options);
}
