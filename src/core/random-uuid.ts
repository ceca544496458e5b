/**
 * Version 4 UUIDs (the correlation and request ids a call sends) without node:crypto, which costs
 * 2.5–4 ms of start-up on a call path that needs nothing else from it. On POSIX the 16 random
 * bytes come from /dev/urandom, the kernel source node:crypto's randomUUID draws on as well;
 * on Windows, or when it cannot be read, node:crypto's randomUUID makes the id.
 *
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/** RFC 9562 version 4 layout over 16 random bytes: version nibble 4, variant bits 10. */
export function formatUuidV4(random: Uint8Array): string {
  if (random.length < 16) throw new RangeError('a UUID needs 16 random bytes');
  const bytes = Buffer.from(random.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `size` bytes from /dev/urandom, or undefined when there is none or it cannot be read whole. */
function urandom(size: number): Buffer | undefined {
  if (process.platform === 'win32') return undefined;
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    const bytes = Buffer.alloc(size);
    for (let filled = 0; filled < size; ) {
      const read = readSync(fd, bytes, filled, size - filled, null);
      if (read <= 0) return undefined;
      filled += read;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function randomUuid(): string {
  const random = urandom(16);
  if (random) return formatUuidV4(random);
  return (createRequire(process.execPath)('node:crypto') as typeof import('node:crypto')).randomUUID();
}
