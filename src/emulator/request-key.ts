/**
 * MS-RequestId idempotency keys. A POST that carries MS-RequestId gets a key from its method,
 * path and request id; the first answer is stored under that key inside the cart record it
 * created or changed (store.ts), in the same atomic write, and replayed for any repeat.
 *
 * @module
 */
import { createHash } from 'node:crypto';

export function requestKey(method: string, path: string, requestId: string): string {
  return createHash('sha256').update(`${method} ${path.toLowerCase()} ${requestId}`).digest('hex').slice(0, 40);
}

/**
 * The id of the cart a create with this key makes: derived from the key, so a repeated create
 * finds the first one's file (exclusive create fails) instead of making a second cart.
 */
export function cartIdForKey(key: string): string {
  const hex = createHash('sha256').update(`cart ${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
