import { mkdirSync, writeFileSync, renameSync, rmSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export interface WriteAtomicOptions {
  /** File mode for a new file, e.g. 0o600. */
  mode?: number;
  /** fsync the data before the rename (for state that must survive a crash). */
  durable?: boolean;
}

/**
 * Writes a file so that readers see either the old or the new content, never a torn one:
 * write a temp file in the same directory, then rename it over the target.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, data, { mode: options.mode ?? 0o644 });
    if (options.durable) {
      const fd = openSync(temp, 'r+');
      try { fsyncSync(fd); } finally { closeSync(fd); }
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
