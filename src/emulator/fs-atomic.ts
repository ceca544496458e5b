/**
 * Crash-safe JSON files for the emulator's state: readers see the old or the new content, never
 * a torn file (temp file + fsync + rename), and "create if absent" is exclusive across processes
 * (temp file + fsync + link, which fails with EEXIST when the target exists).
 *
 * @module
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../core/write-file-atomic.ts';

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { durable: true });
}

function writeDurableTemp(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** Creates `path` with `value` only if it does not exist; returns false when it already did. */
export function createJsonExclusive(path: string, value: unknown): boolean {
  const temp = writeDurableTemp(path, `${JSON.stringify(value, null, 2)}\n`);
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

/** A state file that is not what the emulator wrote (edited by hand, or damaged). */
export class CorruptStateError extends Error {
  constructor(readonly path: string, readonly why: string) {
    super(`The emulator state file '${path}' is corrupt (${why}). Fix it or delete it.`);
    this.name = 'CorruptStateError';
  }
}

/** The parsed file (a JSON object), or undefined when it does not exist; CorruptStateError when it is not JSON. */
export function readJson<T>(path: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CorruptStateError(path, 'not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CorruptStateError(path, 'not a JSON object');
  return parsed as T;
}
