/**
 * Reading a value source (a file, a device such as /dev/zero or a FIFO, standard input) with a
 * size limit: at most `maxBytes` are ever read, so an endless or huge source fails fast with
 * InputTooLargeError instead of growing until the process aborts.
 *
 * Imports nothing of pcsh (src/core is the ground floor).
 *
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';

export class InputTooLargeError extends Error {
  constructor(readonly source: string, readonly maxBytes: number) {
    super(`it is larger than ${maxBytes.toLocaleString('en-US')} bytes, the most pcsh reads for one value`);
    this.name = 'InputTooLargeError';
  }
}

const CHUNK = 64 * 1024;

/** Reads up to `maxBytes` from `fd`; EAGAIN (a non-blocking stdin) waits briefly and tries again. */
function readFd(fd: number, maxBytes: number, source: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let read: number;
    try {
      read = readSync(fd, chunk, 0, CHUNK, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      continue;
    }
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > maxBytes) throw new InputTooLargeError(source, maxBytes);
    chunks.push(chunk.subarray(0, read));
  }
}

/** The UTF-8 text of `path` (or of an open descriptor such as 0 for stdin), refusing more than `maxBytes`. */
export function readBoundedSync(pathOrFd: string | number, maxBytes: number, source: string): string {
  if (typeof pathOrFd === 'number') return readFd(pathOrFd, maxBytes, source).toString('utf8');
  const fd = openSync(pathOrFd, 'r');
  try {
    return readFd(fd, maxBytes, source).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
