/**
 * Fault injection, shared by every emulator process on a data folder.
 *
 * `<dataDir>/faults.json`:
 * ```json
 * { "faults": [
 *   { "route": "createCart", "kind": "throttle", "retryAfter": 2, "times": 1 },
 *   { "route": "*",          "kind": "status",   "status": 503, "times": 2 },
 *   { "route": "getCart",    "kind": "delay",    "delayMs": 5000 },
 *   { "route": "checkout",   "kind": "drop",     "when": "after" }
 * ] }
 * ```
 * - `route`: a route name (createCart, getCart, updateCart, checkout, listOrders, getOrder, listCustomers,
 *   getCustomer, listProducts, getProduct, listSkus, getSku, listAvailabilities, getAvailability) or `*`.
 * - `times`: how many matching requests it hits (default 1); each use is counted down in the file
 *   (under a lock, written atomically) and a spent fault is removed.
 * - `throttle`: 429, `Retry-After: <retryAfter>` (seconds, default 1, or an HTTP date), body
 *   `{statusCode: 429, message}` — the throttling shape, not the fault shape.
 * - `status`: that status (default 503) with a fault body (`code`/`description` optional),
 *   plus Retry-After when `retryAfter` is given.
 * - `delay`: waits `delayMs`, then answers normally.
 * - `drop`: destroys the connection — `when: "before"` (default) without running the request,
 *   `"after"` once the request has run (the answer is lost: what MS-RequestId idempotency is for).
 * The first matching fault in the list is used. The file is read on every request; a corrupt file
 * injects nothing and is reported on the emulator's log (the other routes keep working).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorruptStateError, readJson, writeJsonDurable } from './fs-atomic.ts';
import { withFileLock } from '../core/file-lock.ts';
import type { LockOptions } from '../core/file-lock.ts';
import type { RouteName } from './routes.ts';

export type FaultKind = 'throttle' | 'status' | 'delay' | 'drop';

export interface Fault {
  route: RouteName | '*';
  kind: FaultKind;
  times?: number;
  status?: number;
  retryAfter?: number | string;
  delayMs?: number;
  when?: 'before' | 'after';
  code?: number;
  description?: string;
}

interface FaultFile {
  faults: Fault[];
}

export function faultsPath(dataDir: string): string {
  return join(dataDir, 'faults.json');
}

async function editFaults<T>(dataDir: string, edit: (faults: Fault[]) => T, lock?: LockOptions): Promise<T> {
  const path = faultsPath(dataDir);
  return withFileLock(`${path}.lock`, async () => {
    const faults = readJson<FaultFile>(path)?.faults ?? [];
    if (!Array.isArray(faults) || faults.some((fault) => typeof fault !== 'object' || fault === null)) {
      throw new CorruptStateError(path, '"faults" is not a list of objects');
    }
    const result = edit(faults);
    await writeJsonDurable(path, { faults });
    return result;
  }, lock);
}

/** Appends faults for the next matching requests of any emulator on `dataDir`. */
export async function injectFaults(dataDir: string, faults: readonly Fault[]): Promise<void> {
  await editFaults(dataDir, (current) => {
    current.push(...faults.map((fault) => ({ ...fault, times: fault.times ?? 1 })));
  });
}

export async function clearFaults(dataDir: string): Promise<void> {
  await editFaults(dataDir, (current) => {
    current.length = 0;
  });
}

/** Takes one use of the first fault for `route`, or undefined (no file: no lock, no write). */
async function takeFault(dataDir: string, route: RouteName, lock?: LockOptions): Promise<Fault | undefined> {
  if (!existsSync(faultsPath(dataDir))) return undefined;
  return editFaults(dataDir, (faults) => {
    const index = faults.findIndex((fault) => (fault.route === '*' || fault.route === route) && (fault.times ?? 1) > 0);
    if (index < 0) return undefined;
    const fault = faults[index]!;
    const left = (fault.times ?? 1) - 1;
    if (left > 0) faults[index] = { ...fault, times: left };
    else faults.splice(index, 1);
    return fault;
  }, lock);
}

/**
 * takeFault for a request: a corrupt faults.json injects nothing and is reported (naming the
 * file) on the emulator's log, so one bad file never breaks every route.
 */
export async function takeFaultOrReport(
  dataDir: string, route: RouteName, lock: LockOptions | undefined, log: ((line: string) => void) | undefined,
): Promise<Fault | undefined> {
  try {
    return await takeFault(dataDir, route, lock);
  } catch (error) {
    if (!(error instanceof CorruptStateError)) throw error;
    log?.(`emulator: ${error.message} No fault was injected.`);
    return undefined;
  }
}
