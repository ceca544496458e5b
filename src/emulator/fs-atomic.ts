/**
 * Crash-safe JSON files for the emulator's state: readers see the old or the new content, never
 * a torn file (temp file + fsync + rename), and "create if absent" is exclusive across processes
 * (temp file + fsync + link, which fails with EEXIST when the target exists).
 *
 * The file work runs on libuv's thread pool and the write resolves once it is done (the caller answers
 * only after that, so the promise is unchanged: an answer is sent only after its write is durable).
 * Meanwhile the server goes on with other requests, and their fsyncs run side by side: the file
 * system commits them together (its journal's group commit). A blocking fsyncSync held every other
 * request for its whole duration (issue 15: three quarters of the emulator's time under POST load).
 *
 * @module
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { link, open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Replaces `path` with `value`: temp file, fsync, rename. Resolves once durable. */
export async function writeJsonDurable(path: string, value: unknown): Promise<void> {
  const temp = await writeDurableTemp(path, `${JSON.stringify(value, null, 2)}\n`);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Every step on the thread pool: open, write and link wait on the journal too while fsyncs commit. */
async function writeDurableTemp(path: string, text: string): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temp, 'wx', 0o644);
  try {
    await file.writeFile(text);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  return temp;
}

/** Creates `path` with `value` only if it does not exist; resolves false when it already did. */
export async function createJsonExclusiveDurable(path: string, value: unknown): Promise<boolean> {
  const temp = await writeDurableTemp(path, `${JSON.stringify(value, null, 2)}\n`);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
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
