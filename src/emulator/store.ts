/**
 * The emulator's state on disk, shared by every process using the same data folder:
 *   carts/<customerId>/<cartId>.json    { customerId, cart, checkoutResult? }  (one file per cart)
 *   orders/<customerId>/<orderId>.json  the order as answered
 * A POST's first answer (MS-RequestId idempotency) is kept in its cart's record (`requests`), so
 * the cart and the record of the request that changed it are written in ONE atomic step
 * (commitCartRecord): a crash leaves both or neither. Files are replaced atomically; new ones are
 * created exclusively; read-modify-write runs under a per-file lock (src/core/file-lock.ts).
 * Every id is checked before it becomes part of a path (no path traversal).
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WireObject } from '../partner-center/wire.ts';
import type { ApiResponse } from './context.ts';
import { createJsonExclusiveDurable, readJson, writeJsonDurable } from './fs-atomic.ts';

export interface CartRecord {
  customerId: string;
  cart: WireObject;
  /** The result of the first checkout, returned again for a repeated one. */
  checkoutResult?: WireObject;
  /** Bumped by every write; answered as the ETag `"<revision>"`. */
  revision?: number;
  /** The first answer to each idempotent request (by request key) that created or changed this cart. */
  requests?: Record<string, ApiResponse>;
}

export function etagOf(record: CartRecord): string {
  return `"${record.revision ?? 0}"`;
}

/** Ids reach the file system only after this check (no path traversal). */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ORDER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A path part from an id that failed its check: a programming error, never reached from a request. */
function checkedId(id: string, pattern: RegExp): string {
  if (!pattern.test(id)) throw new Error(`Refusing an unchecked id as a path part: ${JSON.stringify(id.slice(0, 80))}`);
  return id;
}

function cartPath(dataDir: string, customerId: string, cartId: string): string {
  return join(dataDir, 'carts', checkedId(customerId, GUID), `${checkedId(cartId, GUID)}.json`);
}

export function cartLockPath(dataDir: string, customerId: string, cartId: string): string {
  return `${cartPath(dataDir, customerId, cartId)}.lock`;
}

export function readCartRecord(dataDir: string, customerId: string, cartId: string): CartRecord | undefined {
  if (!GUID.test(customerId) || !GUID.test(cartId)) return undefined;
  return readJson<CartRecord>(cartPath(dataDir, customerId, cartId));
}

/**
 * THE cart write path: the cart and the answers of the requests that made it, as one atomic,
 * durable step. `create` makes a new cart file exclusively (false when it already exists);
 * otherwise the file is replaced (temp file, fsync, rename), under the caller's cart lock.
 */
export async function commitCartRecord(dataDir: string, record: CartRecord, mode: 'create' | 'replace'): Promise<boolean> {
  const path = cartPath(dataDir, record.customerId, String(record.cart.id));
  if (mode === 'create') return createJsonExclusiveDurable(path, record);
  await writeJsonDurable(path, record);
  return true;
}

function orderPath(dataDir: string, customerId: string, orderId: string): string {
  return join(dataDir, 'orders', checkedId(customerId, GUID), `${checkedId(orderId, ORDER_ID)}.json`);
}

export async function writeOrder(dataDir: string, customerId: string, order: WireObject): Promise<void> {
  await createJsonExclusiveDurable(orderPath(dataDir, customerId, String(order.id)), order);
}

export function readOrder(dataDir: string, customerId: string, orderId: string): WireObject | undefined {
  if (!GUID.test(customerId) || !ORDER_ID.test(orderId)) return undefined;
  return readJson<WireObject>(orderPath(dataDir, customerId, orderId));
}

/** Every stored JSON file in a folder (temp files and locks skipped), sorted by name. */
function listJsonFiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

export function listOrders(dataDir: string, customerId: string): WireObject[] {
  if (!GUID.test(customerId)) return [];
  const folder = join(dataDir, 'orders', customerId);
  return listJsonFiles(folder).flatMap((name): WireObject[] => {
    const order = readJson<WireObject>(join(folder, name));
    return order ? [order] : [];
  });
}
