/**
 * THE cross-process lock file of pcsh (sign-in files, emulator carts, faults, idempotency keys).
 *
 * - Acquire: write `{pid, start, token, at}` to a private temp file and hard-link it to the lock
 *   path; the link fails with EEXIST while another holder has it, and a lock file is never torn.
 * - Stale: the holder's process is gone. A pid alone is not trusted (pids are reused): the
 *   holder's start time (/proc/<pid>/stat on Linux) must match too. Where no start time can be
 *   read, a lock older than `staleMs` also counts as abandoned.
 * - Breaking is race-free: a breaker first claims the exact stale token it inspected by creating
 *   `<lock>.break.<token>.<n>` exclusively, then re-reads the lock and unlinks it only while it
 *   still holds that token. Only the claim's winner may remove that token, and no one else can
 *   replace a present lock file, so a fresh lock is never removed. A claim left by a breaker that
 *   died is taken over with the next `n`.
 * - Release removes the lock only while it still holds our token.
 *
 * Imports nothing of pcsh (src/core is the ground floor).
 *
 * @module
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeHolder, holderAlive, newToken, readHolder, thisProcessHolder, type LockHolder } from './lock-holder.ts';

export interface LockOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Where the holder's start time cannot be checked, a lock older than this is abandoned (default 30 s). */
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

/** Creates `path` holding `text` only if absent; never leaves a half-written `path`. */
function createWhole(path: string, text: string): boolean {
  const temp = `${path}.${newToken()}.tmp`;
  writeFileSync(temp, text, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function tryCreate(lockPath: string, holder: LockHolder): boolean {
  return createWhole(lockPath, describeHolder(holder));
}

/** Claims the right to remove the stale lock whose text is `staleText`; false when a live breaker has it. */
function claimBreak(lockPath: string, staleText: string, self: LockHolder, options: LockOptions, now: number): string | undefined {
  const key = readHolder(staleText, 0)?.token.replace(/[^A-Za-z0-9._-]/g, '') || 'untagged';
  for (let generation = 1; generation <= 8; generation++) {
    const claim = `${lockPath}.break.${key}.${generation}`;
    if (createWhole(claim, describeHolder(self))) return claim;
    const text = readText(claim);
    const breaker = text === undefined ? undefined : readHolder(text, now);
    if (breaker && holderAlive(breaker, now, options.staleMs ?? 30_000)) return undefined;
  }
  return undefined;
}

/** Removes the lock if it still is exactly the stale one inspected. */
function breakStale(lockPath: string, staleText: string, self: LockHolder, options: LockOptions, now: number): void {
  const claim = claimBreak(lockPath, staleText, self, options, now);
  if (claim === undefined) return;
  try {
    if (readText(lockPath) === staleText) rmSync(lockPath, { force: true });
  } finally {
    // This claim and any earlier generation (their breakers died) are spent.
    const generation = Number(claim.slice(claim.lastIndexOf('.') + 1));
    for (let spent = generation; spent >= 1; spent--) rmSync(`${claim.slice(0, claim.lastIndexOf('.'))}.${spent}`, { force: true });
  }
}

/** The lock's text when it is stale (its holder is gone), else undefined. */
function staleText(lockPath: string, options: LockOptions, now: number): string | undefined {
  const text = readText(lockPath);
  if (text === undefined) return undefined;
  const holder = readHolder(text, now);
  return holder && holderAlive(holder, now, options.staleMs ?? 30_000) ? undefined : text;
}

function release(lockPath: string, token: string): void {
  if (readHolder(readText(lockPath) ?? '', 0)?.token === token) rmSync(lockPath, { force: true });
}

/** One acquisition loop for both front ends: yields how long to wait before trying again. */
function* acquisition(lockPath: string, self: LockHolder, options: LockOptions): Generator<number, void> {
  const now = options.now ?? Date.now;
  const started = now();
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let round = 0; !tryCreate(lockPath, { ...self, at: now() }); round++) {
    const stale = staleText(lockPath, options, now());
    if (stale !== undefined) {
      breakStale(lockPath, stale, self, options, now());
      continue;
    }
    if (now() - started > (options.timeoutMs ?? 10_000)) throw new LockTimeoutError(lockPath);
    yield Math.min(50, 2 + round * 2) + Math.floor(Math.random() * 5);
  }
}

/** Runs `work` while holding the lock at `lockPath` (its folder is created when missing). */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const self = thisProcessHolder();
  for (const wait of acquisition(lockPath, self, options)) await sleep(wait);
  try {
    return await work();
  } finally {
    release(lockPath, self.token);
  }
}

/** Takes the lock synchronously (blocking the thread while waiting); returns the release function. */
export function acquireLockSync(lockPath: string, options: LockOptions = {}): () => void {
  const self = thisProcessHolder();
  for (const wait of acquisition(lockPath, self, options)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
  return () => release(lockPath, self.token);
}
