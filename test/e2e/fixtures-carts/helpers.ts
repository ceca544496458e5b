/**
 * Shared pieces of the carts e2e tests: a connected sandbox, JSON-lines parsing, the emulator's
 * request log and cart store as seen from outside, and the help examples' values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { createSandbox, type CommandResult, type Runner, type Sandbox } from '../run-command.ts';
import type { RequestLogEntry } from '../../../src/emulator/request-log.ts';

export const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
export const RESERVED_VM = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB';
export const BUSINESS_BASIC = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971';
export const BUSINESS_BASIC_ADDON = 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0';
const SUBSCRIPTION = 'c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75';
export const PROVISIONING = { duration: '1Year', scope: 'shared', subscriptionId: SUBSCRIPTION };

/** The hashtable literal of the help's reserved-instance example. */
export const RESERVED_VM_LITERAL =
  `@{CatalogItemId='${RESERVED_VM}'; Quantity=10; BillingCycle='OneTime'; ProvisioningContext=@{duration='1Year'; scope='shared'; subscriptionId='${SUBSCRIPTION}'}}`;
export const BASIC_LITERAL = `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`;

export interface Json { [key: string]: any }

/** A sandbox already connected to the embedded emulator. */
export async function connectedSandbox(extraEnv: Record<string, string> = {}, runner: Runner = 'spawn'): Promise<Sandbox> {
  const sandbox = createSandbox(extraEnv, runner);
  const connect = await sandbox.run('Connect-PartnerCenter', ['-Environment', 'Emulator']);
  assert.is(connect.code, 0, `Connect-PartnerCenter failed: ${connect.stderr}`);
  return sandbox;
}

/** stdout as JSON lines (what a non-terminal stdout gets). */
export function jsonLines(result: CommandResult): Json[] {
  const lines = result.stdout.split('\n').filter((line) => line.trim() !== '');
  return lines.map((line, index) => {
    try {
      return JSON.parse(line) as Json;
    } catch {
      throw new Error(`stdout line ${index + 1} is not JSON: ${line}\n--- stderr:\n${result.stderr}`);
    }
  });
}

/** The one object a command printed, after checking it succeeded. */
export function single(result: CommandResult, what = 'command'): Json {
  assert.is(result.code, 0, `${what} exited ${result.code}: ${result.stderr}`);
  const objects = jsonLines(result);
  assert.is(objects.length, 1, `${what} printed ${objects.length} objects: ${result.stdout}`);
  return objects[0]!;
}

export function expectFailure(result: CommandResult, code: number, pattern: RegExp, what = 'command'): void {
  assert.is(result.code, code, `${what} exited ${result.code}, expected ${code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  assert.ok(pattern.test(result.stderr), `${what}: stderr does not match ${pattern}:\n${result.stderr}`);
}

export async function newCart(sandbox: Sandbox, lineItems = BASIC_LITERAL): Promise<Json> {
  return single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', lineItems]), 'New-PartnerCustomerCart');
}

/** One line of the emulator's request log, as the emulator writes it. */
export type LogEntry = RequestLogEntry;

/** The emulator's request log (one JSON line per request), read from outside. */
export function requestLog(dataDir: string): LogEntry[] {
  const path = join(dataDir, 'requests.log');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogEntry);
}

/** The raw text of the request log ('' when there is none): compare before/after for "no request". */
export function requestLogText(dataDir: string): string {
  const path = join(dataDir, 'requests.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Cart files in the emulator's store for one customer. */
export function storedCartIds(dataDir: string, customerId = CUSTOMER): string[] {
  const folder = join(dataDir, 'carts', customerId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
}

export async function runAll<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(workers);
}
