/**
 * Set- and Add- change a cart by read-modify-write (GET, change lineItems, PUT the whole cart).
 * The guarantees, with and without ETags (the documented service sends none):
 * - With an ETag the PUT carries If-Match; a conflict (412, or 409 800064 "being processed by
 *   another request") re-reads and re-applies after a jittered backoff.
 * - Without one, nothing on the wire can make the write conditional, so pcsh narrows the race and
 *   checks the result: the cart is read again just before the PUT (changed since the first read →
 *   start over from the fresh one), and read again after it, once other writers had time to land
 *   (SETTLE_*): if it does not hold what this call wrote, another writer overwrote it — Add- writes
 *   again from that fresh read (appending is safe), Set- stops with CartChangedByAnotherRequest
 *   rather than overwrite that writer's change. What remains: a writer whose read came before our
 *   PUT and whose PUT comes after our check overwrites us unseen; it needs ETags to exclude.
 * - A PUT whose answer was lost (no answer, timeout, 5xx) may have landed: before writing again
 *   the fresh read is checked, and a write that already landed is not applied twice.
 *
 * @module
 */
import type { PartnerCenterClient, RequestOptions } from './client-types.ts';
import { PartnerCenterError } from './errors.ts';
import { EXPECT_CART } from './response-shapes.ts';
import { lineItemsHold } from './line-item-match.ts';
import { isWireObject, readArray, readString } from './wire.ts';
import type { WireObject } from './wire.ts';
import { PcshError } from '../core/error-record.ts';

/** Re-reads and re-applies at most this many times. */
const MAX_WRITE_ROUNDS = 10;

export interface CartWrite {
  /** The line items to PUT, from the line items just read. */
  apply(current: unknown[]): unknown[];
  /** Whether the stored line items hold what `written` (an earlier apply's result) meant to write. */
  holds(stored: unknown[], written: unknown[]): boolean;
  /** Whether writing again from a fresh read is safe when the write was overwritten. */
  retryWhenLost: boolean;
}

export interface CartTarget {
  client: PartnerCenterClient;
  path: string;
  cartId: string;
}

interface VersionedCart {
  cart: WireObject;
  etag: string | undefined;
}

async function read(target: CartTarget): Promise<VersionedCart> {
  let etag: string | undefined;
  const raw = await target.client.request<unknown>('GET', target.path, undefined, {
    expect: EXPECT_CART,
    onResponse: (headers) => {
      etag = headers.etag;
    },
  });
  return { cart: isWireObject(raw) ? raw : {}, etag };
}

/** PUTs the whole cart as read with its line items replaced (whatever their key casing). */
async function put(target: CartTarget, current: VersionedCart, lineItems: unknown[], onUnknownOutcome: () => void): Promise<WireObject> {
  const body: WireObject = {};
  for (const [key, value] of Object.entries(current.cart)) {
    if (key.toLowerCase() !== 'lineitems') body[key] = value;
  }
  body.lineItems = lineItems;
  const options: RequestOptions = { expect: EXPECT_CART, onUnknownOutcome };
  if (current.etag !== undefined) options.headers = { 'If-Match': current.etag };
  return target.client.request<WireObject>('PUT', target.path, body, options);
}

function isWriteConflict(error: unknown): boolean {
  return error instanceof PartnerCenterError && (error.status === 412 || (error.status === 409 && error.code === '800064'));
}

/** Full jitter, 50 ms · 2^round capped at 2 s: concurrent writers spread out instead of colliding again. */
async function backoff(target: CartTarget, round: number): Promise<void> {
  const ceiling = Math.min(2000, 50 * 2 ** round);
  const random = target.client.random?.() ?? Math.random();
  const ms = Math.floor(random * ceiling);
  await (target.client.sleep ? target.client.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms)));
}

function changedError(target: CartTarget, stored: unknown[]): PcshError {
  return new PcshError(
    `Another request changed the cart ${target.cartId} while this call was writing it, and the cart does not hold this call's change ` +
      `(it now has ${stored.length} line item${stored.length === 1 ? '' : 's'}). Nothing was written again, so the other change is kept: ` +
      'read the cart with Get-PartnerCustomerCart and repeat the change if it is still wanted.',
    { errorId: 'CartChangedByAnotherRequest', category: 'InvalidOperation', targetObject: target.cartId, details: { cartId: target.cartId } },
  );
}

/** After a failed PUT whose outcome is unknown: the cart as read if that PUT landed after all. */
async function landedAnyway(target: CartTarget, write: CartWrite, written: unknown[]): Promise<WireObject | undefined> {
  const after = await read(target);
  return write.holds(readArray(after.cart, 'lineItems'), written) ? after.cart : undefined;
}

/**
 * Whether the cart read after the PUT holds this call's write. For an appending write, a later write
 * of exactly the same line items is not proof: it is what a concurrent Add- of the same item from
 * an older read leaves (its line took our id), so that counts as lost and the line is appended again.
 */
function verified(write: CartWrite, written: unknown[], answer: WireObject, reread: WireObject): boolean {
  const stored = readArray(reread, 'lineItems');
  if (!write.holds(stored, written)) return false;
  if (!write.retryWhenLost) return true;
  const before = readString(answer, 'lastModifiedTimestamp');
  const after = readString(reread, 'lastModifiedTimestamp');
  const rewritten = before !== undefined && after !== undefined && before !== after;
  return !(rewritten && lineItemsHold(written, stored));
}

/** Before an unconditional PUT: whether the cart still is as first read (else start over from a fresh read). */
async function unchangedSince(target: CartTarget, first: WireObject): Promise<boolean> {
  const again = (await read(target)).cart;
  const stamp = (cart: WireObject) => readString(cart, 'lastModifiedTimestamp');
  return stamp(again) === stamp(first) && lineItemsHold(readArray(first, 'lineItems'), readArray(again, 'lineItems'));
}

/** After an unconditional PUT: let concurrent writers that read before it land before checking (3 × the PUT's time, 0.3–3 s). */
async function settle(target: CartTarget, putMs: number): Promise<void> {
  const ms = Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, Math.round(3 * putMs)));
  await (target.client.sleep ? target.client.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms)));
}

const SETTLE_MIN_MS = 300;
const SETTLE_MAX_MS = 3000;

export async function writeCart(target: CartTarget, write: CartWrite): Promise<WireObject> {
  let pending: unknown[] | undefined;
  for (let round = 1; ; round++) {
    const current = await read(target);
    const items = readArray(current.cart, 'lineItems');
    if (pending && write.holds(items, pending)) return current.cart;
    const next = write.apply(items);
    if (current.etag === undefined && !(await unchangedSince(target, current.cart))) {
      if (round >= MAX_WRITE_ROUNDS) throw changedError(target, items);
      continue;
    }
    let unknownOutcome = false;
    let answer: WireObject;
    const putStarted = performance.now();
    try {
      answer = await put(target, current, next, () => {
        unknownOutcome = true;
      });
    } catch (error) {
      pending = unknownOutcome ? next : undefined;
      if (!isWriteConflict(error)) {
        const landed = pending && (await landedAnyway(target, write, pending));
        if (landed) return landed;
        throw error;
      }
      if (round >= MAX_WRITE_ROUNDS) throw error;
      await backoff(target, round);
      continue;
    }
    if (current.etag !== undefined) return answer;
    await settle(target, performance.now() - putStarted);
    const reread = await read(target);
    if (verified(write, next, answer, reread.cart)) return reread.cart;
    if (!write.retryWhenLost || round >= MAX_WRITE_ROUNDS) throw changedError(target, readArray(reread.cart, 'lineItems'));
    await backoff(target, round);
  }
}
