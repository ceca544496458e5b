/**
 * stdout and stderr for a cmdlet call without Node's stream objects where that is safe. The first
 * touch of process.stdout or process.stderr costs 3–6 ms of start-up (Node builds a stream and
 * loads node:stream, and node:net for a pipe): more than a whole -? call spends in pcsh's code.
 * When the descriptor is a regular file, a pipe, a socket (what a Node parent's 'pipe' gives) or
 * /dev/null, text is written with fs.writeSync, as Node's own stream does for a file. A terminal
 * (or anything else) gets the real stream; so does every write after one that would block
 * (EAGAIN), so the order stays as written.
 *
 * @module
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

type Output = Writable & { isTTY?: boolean; columns?: number };

/**
 * Where a synchronous write is what Node itself does on Linux (files, pipes and sockets: see "A note
 * on process I/O" in Node's docs) and no terminal facts are needed.
 */
function writesDirectly(fd: number): boolean {
  if (process.platform === 'win32') return false; // console and pipe handles: leave them to Node
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() || stats.isFIFO() || stats.isSocket()) return true;
    return stats.isCharacterDevice() && stats.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** Writes `text` from `offset` on; the byte count written, or -1 when the descriptor would block. */
function writeAll(fd: number, bytes: Buffer): number {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return offset;
      throw error;
    }
  }
  return -1;
}

/**
 * The output for `fd` (1 or 2): `real()` is process.stdout or process.stderr, asked for only when
 * needed. Anything but write (isTTY, columns, events) is the real stream's, so the object behaves
 * as the stream it stands for; isTTY is false without asking: none of these is a terminal.
 */
export function directOutput(fd: number, real: () => Output): Output {
  if (!writesDirectly(fd)) return real();
  let blocked = false;
  const write = (chunk: string | Uint8Array): boolean => {
    if (blocked) return real().write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    const written = writeAll(fd, bytes);
    if (written < 0) return true;
    blocked = true;
    return real().write(bytes.subarray(written));
  };
  const own: Record<PropertyKey, unknown> = { write, isTTY: false, columns: undefined };
  return new Proxy(own, {
    get: (target, property) => (property in target ? target[property] : Reflect.get(real(), property)),
  }) as unknown as Output;
}
