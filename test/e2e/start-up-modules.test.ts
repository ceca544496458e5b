/**
 * What a spawned command loads (issue 15): help, listing and -WhatIf load no HTTP, TLS, zlib,
 * crypto, readline or web streams; a New- call over http: loads http only, and node-fetch's
 * deferred modules (scripts/build/lean-node-fetch.ts) still answer when a call needs them: a
 * gzip-encoded answer (zlib) and an https: endpoint (https, tls).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.ts';
import { testCertificates } from '../auth/idp/certificates.ts';
import { BASIC_LITERAL, CUSTOMER, connectedSandbox, single } from './fixtures-carts/helpers.ts';
import { startFront, type Front } from './fixtures-start-up/front-server.ts';
import type { Sandbox } from './run-command.ts';

const PROBE = new URL('./fixtures-start-up/list-builtins.cjs', import.meta.url).pathname;
const NEVER_ON_LOCAL_PATHS = ['http', 'https', 'tls', 'zlib', 'crypto', 'internal/readline/interface', 'internal/fs/promises', 'internal/webstreams/readablestream'];
const NEVER_OVER_HTTP = ['https', 'tls', 'zlib', 'crypto', 'internal/readline/interface', 'internal/fs/promises', 'internal/webstreams/readablestream'];

let sandbox: Sandbox;
let emulator: RunningEmulator;
const fronts: Front[] = [];

test.before(async () => {
  sandbox = await connectedSandbox();
  emulator = await startEmulator({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'pcsh-start-up-emulator-')) });
});
test.after(async () => {
  for (const front of fronts) await front.close();
  await emulator.close();
});

async function runListingBuiltins(command: string, args: string[], env: Record<string, string> = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'pcsh-builtins-')), 'loaded.txt');
  const result = await sandbox.run(command, args, { env: { NODE_OPTIONS: `--require ${PROBE}`, PCSH_TEST_BUILTINS_OUT: out, ...env } });
  return { result, builtins: new Set(readFileSync(out, 'utf8').split('\n')) };
}

const localPaths: Array<[string, string, string[]]> = [
  ['-?', 'New-PartnerCustomerCart', ['-?']],
  ['Get-Help -Full', 'Get-Help', ['New-PartnerCustomerCart', '-Full']],
  ['Get-Command', 'Get-Command', []],
  ['-WhatIf, one line item', 'New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-WhatIf']],
];
for (const [name, command, args] of localPaths) {
  test(`${name}: exit 0, and none of ${NEVER_ON_LOCAL_PATHS.join(', ')} is loaded`, async () => {
    const { result, builtins } = await runListingBuiltins(command, args);
    assert.is(result.code, 0, result.stderr);
    assert.equal(NEVER_ON_LOCAL_PATHS.filter((name) => builtins.has(name)), []);
  });
}

test('New- over http: the cart comes back; http is loaded, https, tls, zlib, crypto, readline, fs/promises and web streams are not', async () => {
  const { result, builtins } = await runListingBuiltins('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Confirm:$false'], { PCSH_ENDPOINT: emulator.url });
  assert.is(single(result, 'New').LineItems[0].Quantity, 5);
  assert.ok(builtins.has('http'));
  assert.equal(NEVER_OVER_HTTP.filter((name) => builtins.has(name)), []);
});

test('a gzip-encoded answer is decoded (zlib loads on first use)', async () => {
  const front = await startFront(emulator.url, { gzip: true });
  fronts.push(front);
  const { result, builtins } = await runListingBuiltins('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Confirm:$false'], { PCSH_ENDPOINT: front.url });
  const cart = single(result, 'New');
  assert.is(cart.Status, 'Active');
  assert.is(cart.LineItems[0].CatalogItemId, 'CFQ7TTC0LH18:0001:CFQ7TTC0K971');
  assert.ok(builtins.has('zlib'));
});

test('an https: endpoint works (https and tls load on first use)', async () => {
  const certs = testCertificates(mkdtempSync(join(tmpdir(), 'pcsh-start-up-certs-')));
  const front = await startFront(emulator.url, { tls: { key: certs.serverKey, cert: certs.serverCert } });
  fronts.push(front);
  const { result, builtins } = await runListingBuiltins('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Confirm:$false'],
    { PCSH_ENDPOINT: front.url, NODE_EXTRA_CA_CERTS: certs.caPath });
  assert.is(single(result, 'New').Status, 'Active');
  assert.ok(builtins.has('https') && builtins.has('tls'));
});

test.run();
