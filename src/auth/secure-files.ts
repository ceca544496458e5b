/**
 * Files that hold sign-in data: 0600 in a 0700 directory, owned by the current user, written
 * atomically under a lock. A file or directory others can read is refused, not silently fixed:
 * the user should know their secrets were exposed. The POSIX checks are skipped on Windows,
 * where %APPDATA% is already private to the user.
 *
 * @module
 */
import { mkdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { PcshError } from '../core/error-record.ts';
import { writeFileAtomic } from '../core/write-file-atomic.ts';
import { withLockSync } from './file-lock.ts';

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
  const stats = statOrNull(path);
  if (stats === null) return null;
  assertPrivate(path, stats, platform);
  return readFileSync(path, 'utf8');
}

/** Writes `<dir>/<name>` atomically, 0600, under the directory's lock. */
export function writePrivateFile(dir: string, name: string, data: string, platform: NodeJS.Platform): void {
  ensurePrivateDir(dir, platform);
  withLockSync(join(dir, LOCK_FILE), () => {
    writeFileAtomic(join(dir, name), data, { mode: 0o600, durable: true });
  });
}

/** Deletes `<dir>/<name>` under the directory's lock; no error when absent. */
export function removePrivateFile(dir: string, name: string): void {
  if (statOrNull(dir) === null) return;
  withLockSync(join(dir, LOCK_FILE), () => rmSync(join(dir, name), { force: true }));
}

/** Runs read-modify-write `update` on `<dir>/<name>` under the lock; null content means delete. */
export function updatePrivateFile(
  dir: string,
  name: string,
  platform: NodeJS.Platform,
  update: (current: string | null) => string | null,
): void {
  ensurePrivateDir(dir, platform);
  withLockSync(join(dir, LOCK_FILE), () => {
    const next = update(readPrivateFile(dir, name, platform));
    if (next === null) rmSync(join(dir, name), { force: true });
    else writeFileAtomic(join(dir, name), next, { mode: 0o600, durable: true });
  });
}
