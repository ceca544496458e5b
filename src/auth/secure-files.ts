/**
 * Files that hold sign-in data: 0600 in a 0700 directory, owned by the current user, written
 * atomically under a lock. A file or directory others can read is refused, not silently fixed:
 * the user should know their secrets were exposed. The POSIX checks are skipped on Windows,
 * where %APPDATA% is already private to the user.
 *
 * @module
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { acquireLockSync, LockTimeoutError, type LockOptions } from '../core/file-lock.ts';
import { PcshError } from '../core/error-record.ts';
import { writeFileAtomic } from '../core/write-file-atomic.ts';

const LOCK_FILE = '.pcsh.lock';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function insecureError(path: string, kind: 'file' | 'directory', problem: string, fix: string): PcshError {
  return new PcshError(
    `The sign-in ${kind} '${path}' ${problem}. pcsh refuses to use sign-in data others could read; ${fix}, then run Connect-PartnerCenter again.`,
    { errorId: 'InsecureConfigPermissions', category: 'PermissionDenied', targetObject: path },
  );
}

/** Throws when `stats` shows access for group/others or another owner (POSIX only). */
function assertPrivate(path: string, stats: Stats, platform: NodeJS.Platform): void {
  if (platform === 'win32') return;
  const kind = stats.isDirectory() ? 'directory' : 'file';
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) {
    throw insecureError(path, kind, `is owned by another user (uid ${stats.uid})`, 'remove it or set PCSH_CONFIG_DIR to a directory of your own');
  }
  const mode = stats.mode & 0o777;
  if ((mode & 0o077) !== 0) {
    const wanted = kind === 'directory' ? '700' : '600';
    throw insecureError(path, kind, `has permissions ${mode.toString(8).padStart(4, '0')} (group or others have access)`, `run 'chmod ${wanted} "${path}"'`);
  }
}

/** Creates the directory 0700 if missing; refuses an existing one that is not private. */
function ensurePrivateDir(dir: string, platform: NodeJS.Platform): void {
  const stats = statOrNull(dir);
  if (stats === null) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return;
  }
  assertPrivate(dir, stats, platform);
}

/** Reads `<dir>/<name>`, or null when absent; refuses loose permissions on dir or file. */
export function readPrivateFile(dir: string, name: string, platform: NodeJS.Platform): string | null {
  const dirStats = statOrNull(dir);
  if (dirStats === null) return null;
  assertPrivate(dir, dirStats, platform);
  const path = join(dir, name);
  // Open first, then check the open file: a file another process removes or replaces between a
  // stat and a read (an unlocked reader racing Disconnect) is then simply absent, never ENOENT.
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    assertPrivate(path, fstatSync(fd), platform);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

function lockedError(lockPath: string): PcshError {
  return new PcshError(
    `Another pcsh process is updating the sign-in files (lock '${lockPath}'). Try again, or delete the lock file if no pcsh process is running.`,
    { errorId: 'ConfigLocked', category: 'ResourceUnavailable', targetObject: lockPath },
  );
}

/** The config folder's files while its lock is held: no method takes the lock again. */
export interface LockedConfigFiles {
  read(name: string): string | null;
  /** Atomic, 0600, fsynced. */
  write(name: string, data: string): void;
  remove(name: string): void;
  /** Removes temp files (`.<name>.*.tmp`) that writers killed mid-write left behind. */
  removeTempFiles(name: string): void;
}

function lockedFiles(dir: string, platform: NodeJS.Platform): LockedConfigFiles {
  return {
    read: (name) => readPrivateFile(dir, name, platform),
    write: (name, data) => writeFileAtomic(join(dir, name), data, { mode: 0o600, durable: true }),
    remove: (name) => rmSync(join(dir, name), { force: true }),
    removeTempFiles: (name) => {
      for (const entry of readdirSync(dir)) {
        if (entry.startsWith(`.${name}.`) && entry.endsWith('.tmp')) rmSync(join(dir, entry), { force: true });
      }
    },
  };
}

/**
 * Runs `work` under ONE acquisition of the config folder's lock, so a whole Connect or Disconnect
 * (context and token files together) is never interleaved with another process's.
 */
export function withConfigLock<T>(dir: string, platform: NodeJS.Platform, work: (files: LockedConfigFiles) => T, options?: LockOptions): T {
  ensurePrivateDir(dir, platform);
  const lockPath = join(dir, LOCK_FILE);
  let release: () => void;
  try {
    release = acquireLockSync(lockPath, options);
  } catch (error) {
    throw error instanceof LockTimeoutError ? lockedError(lockPath) : error;
  }
  try {
    return work(lockedFiles(dir, platform));
  } finally {
    release();
  }
}

/** Writes `<dir>/<name>` atomically, 0600, under the directory's lock. */
export function writePrivateFile(dir: string, name: string, data: string, platform: NodeJS.Platform): void {
  withConfigLock(dir, platform, (files) => files.write(name, data));
}

/**
 * Replaces `<dir>/<name>`, a hint file a lost update cannot harm (recent ids for tab completion):
 * private and atomic like the others, but without the lock (of two concurrent writers the last
 * one wins) and without fsync (a crash may lose it). Taking the lock costs a call more than the
 * hint is worth.
 */
export function replacePrivateHintFile(dir: string, name: string, data: string, platform: NodeJS.Platform): void {
  ensurePrivateDir(dir, platform);
  writeFileAtomic(join(dir, name), data, { mode: 0o600, durable: false });
}
