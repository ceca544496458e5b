/** Shared test setup: a temp data folder, an emulator on port 0, a client that records its streams and waits. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator/index.ts';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/index.ts';
import { createPartnerCenterClient } from '../../src/partner-center/client.ts';
import type { PartnerCenterClientOptions } from '../../src/partner-center/client.ts';
import type { PartnerCenterClient } from '../../src/partner-center/client-types.ts';
import type { FetchLike } from '../../src/partner-center/transport.ts';
import { streamText } from '../../src/core/streams.ts';

export const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
export const RI_ITEM = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB';
export const BASIC_ITEM = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971';
export const ADDON_ITEM = 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0';
export const TRIENNIAL_ITEM = 'CFQ7TTC0LFLX:0002:CFQ7TTC0MM8R';

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'pcsh-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface Harness {
  dataDir: string;
  emulator: RunningEmulator;
  stop(): Promise<void>;
}

export async function startHarness(options: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const dir = tempDir();
  const emulator = await startEmulator({ dataDir: dir.path, ...options });
  return {
    dataDir: dir.path,
    emulator,
    stop: async () => {
      await emulator.close();
      dir.remove();
    },
  };
}

export interface Recorded {
  client: PartnerCenterClient;
  verbose: string[];
  debug: string[];
  waits: number[];
  /** Every fetch call as sent: url, method, headers, body. */
  sent: { url: string; method: string; headers: Record<string, string>; body?: string }[];
}

export function recordingClient(baseUrl: string, overrides: Partial<PartnerCenterClientOptions> = {}): Recorded {
  const verbose: string[] = [];
  const debug: string[] = [];
  const waits: number[] = [];
  const sent: Recorded['sent'] = [];
  let realFetch: FetchLike | undefined;
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, method: init.method, headers: { ...init.headers }, ...(init.body === undefined ? {} : { body: init.body }) });
    realFetch ??= (await import('node-fetch')).default as unknown as FetchLike;
    return realFetch(url, init);
  };
  const client = createPartnerCenterClient({
    baseUrl,
    getAccessToken: async () => 'test-access-token',
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    clientName: 'pcsh/test',
    streams: { verbose: (m) => verbose.push(m), debug: (m) => debug.push(streamText(m)) },
    fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
  return { client, verbose, debug, waits, sent };
}

export function riLine(quantity = 10) {
  return {
    CatalogItemId: RI_ITEM,
    BillingCycle: 'OneTime' as const,
    Quantity: quantity,
    FriendlyName: 'Sample RI Purchase',
    ProvisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'D526EF3A-35E6-477F-A64C-906F6177FBFA' },
  };
}

export function basicLine(quantity = 5) {
  return { CatalogItemId: BASIC_ITEM, BillingCycle: 'Monthly' as const, Quantity: quantity, TermDuration: 'P1M' };
}
