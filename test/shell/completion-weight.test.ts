/**
 * A TAB stays light: `pcsh __complete` (spawned, as the shells run it) requires nothing from
 * node_modules (msal, yargs, ajv live there) and loads none of Node's network or crypto modules
 * (node-fetch and the client would bring them; node:net alone is the stdout pipe). The loads
 * are reported by a preloaded fixture (fixtures/report-loads.cjs).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordRecentIds } from '../../src/shell/recent-ids.ts';

const root = new URL('../..', import.meta.url).pathname;
// Recent ids to offer, so the -CustomerId case reads the recent-ids file.
const configDir = join(mkdtempSync(join(tmpdir(), 'pcsh-weight-')), 'config');
recordRecentIds(configDir, { customerIds: ['46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'] });

function loadsOf(args: string[], status = 0, config = configDir): { builtins: string[]; files: string[]; stdout: string } {
  const preload = join(root, 'test/shell/fixtures/report-loads.cjs');
  const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), PCSH_CONFIG_DIR: config };
  const result = spawnSync(process.execPath, ['--require', preload, join(root, 'dist/bin/pcsh.js'), ...args], { env, encoding: 'utf8' });
  assert.is(result.status, status, result.stderr);
  const line = result.stderr.split('\n').find((l) => l.startsWith('LOADS ')) ?? 'LOADS {}';
  return { ...(JSON.parse(line.slice('LOADS '.length)) as { builtins: string[]; files: string[] }), stdout: result.stdout };
}

const fromPackages = (files: string[]) => files.filter((f) => /[\\/]node_modules[\\/]/.test(f));
const networkOrCrypto = (builtins: string[]) => builtins.filter((b) => /^NativeModule (https?|http2|tls|dns|crypto)$/.test(b));

for (const words of [['New-PartnerCustomerCart', '-Cu'], ['Get-PartnerCustomerCart', '-CustomerId', ''], ['New-PartnerCustomerCart', '-LineItems', '@']]) {
  test(`pcsh __complete -- ${words.join(' ')}: nothing from node_modules, no network or crypto module`, () => {
    const loads = loadsOf(['__complete', '--', ...words]);
    assert.equal(fromPackages(loads.files), []);
    assert.equal(networkOrCrypto(loads.builtins), []);
    assert.ok(loads.stdout.length > 0, 'it did complete');
  });
}

test('the checks can fail: --version loads yargs from node_modules, a cart call (embedded emulator) loads node:http', () => {
  assert.ok(fromPackages(loadsOf(['--version']).files).length > 0);
  const connected = join(mkdtempSync(join(tmpdir(), 'pcsh-weight-connected-')), 'config');
  loadsOf(['Connect-PartnerCenter', '-Environment', 'Emulator'], 0, connected);
  const guid = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
  assert.ok(networkOrCrypto(loadsOf(['Get-PartnerCustomerCart', '-CustomerId', guid, '-CartId', guid], 1, connected).builtins).includes('NativeModule http'));
});

test.run();
