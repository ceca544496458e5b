/**
 * The emulator's state on disk, shared by every process using the same data folder:
 *   carts/<customerId>/<cartId>.json    { customerId, cart, checkoutResult? }  (one file per cart)
 *   orders/<customerId>/<orderId>.json  the order as answered
 *   idempotency/<key>.json              the first answer to a POST with that MS-RequestId
 * Files are replaced atomically; new ones are created exclusively; read-modify-write runs under a
 * per-file lock (file-lock.ts).
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WireObject } from '../partner-center/wire.ts';
import { createJsonExclusiveDurable, readJson, writeJsonDurable } from './fs-atomic.ts';

export interface CartRecord {
  customerId: string;
  cart: WireObject;
  /** The result of the first checkout, returned again for a repeated one. */
  checkoutResult?: WireObject;
  /** Bumped by every write; answered as the ETag `"<revision>"`. */
  revision?: number;
}

export function etagOf(record: CartRecord): string {
  return `"${record.revision ?? 0}"`;
}

/** Ids reach the file system only after this check (no path traversal). */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ORDER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function cartPath(dataDir: string, customerId: string, cartId: string): string {
  return join(dataDir, 'carts', customerId, `${cartId}.json`);
}

export function cartLockPath(dataDir: string, customerId: string, cartId: string): string {
  return `${cartPath(dataDir, customerId, cartId)}.lock`;
}

export function readCartRecord(dataDir: string, customerId: string, cartId: string): CartRecord | undefined {
  if (!GUID.test(customerId) || !GUID.test(cartId)) return undefined;
  return readJson<CartRecord>(cartPath(dataDir, customerId, cartId));
}

export function createCartRecord(dataDir: string, record: CartRecord): Promise<boolean> {
  return createJsonExclusiveDurable(cartPath(dataDir, record.customerId, String(record.cart.id)), record);
}

export function writeCartRecord(dataDir: string, record: CartRecord): Promise<void> {
  return writeJsonDurable(cartPath(dataDir, record.customerId, String(record.cart.id)), record);
}

function orderPath(dataDir: string, customerId: string, orderId: string): string {
  return join(dataDir, 'orders', customerId, `${orderId}.json`);
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
