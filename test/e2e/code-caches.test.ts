/**
 * The bundle's code caches (scripts/build/code-cache.ts): one per kind of call, each accepted by
 * this Node's V8. A rejected cache is never wrong, only slow, so nothing else would notice it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const loader = join(root, 'dist', 'load.js');

function cacheRejected(kind: string): boolean {
  const script = `process.stdout.write(String(require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(kind)}).cacheRejected))`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.is(result.status, 0, result.stderr);
  return result.stdout === 'true';
}

for (const kind of ['usage', 'help', 'whatif', 'call']) {
  test(`the '${kind}' cache exists and V8 accepts it`, () => {
    assert.is(cacheRejected(kind), false);
  });
}

test('a kind without a cache file still loads the bundle (it compiles, more slowly)', () => {
  assert.is(cacheRejected('no-such-kind'), true);
});

test('each kind of call picks its own cache', () => {
  const cases: [string[], string | null, string][] = [
    [['-?'], 'New-PartnerCustomerCart', 'usage'],
    [['Get-PartnerCustomerCart', '-?'], null, 'usage'],
    [['New-PartnerCustomerCart', '-Full'], 'Get-Help', 'help'],
    [[], 'Get-Command', 'help'],
    [['get-help', 'X'], null, 'help'],
    [['-CustomerId', 'x', '-WhatIf'], 'New-PartnerCustomerCart', 'whatif'],
    [['-CustomerId', 'x', '-wh:$true'], 'New-PartnerCustomerCart', 'whatif'],
    [['-CustomerId', 'x', '-Wha'], 'New-PartnerCustomerCart', 'whatif'],
    [['-CustomerId', 'x', '-Confirm:$false'], 'New-PartnerCustomerCart', 'call'],
    [['-CustomerId', 'x', '-WhatIfNot'], 'New-PartnerCustomerCart', 'call'],
  ];
  const probe = `const { cacheKind } = require(${JSON.stringify(loader)});
    process.stdout.write(JSON.stringify(${JSON.stringify(cases)}.map(([argv, name]) => cacheKind(argv, name ?? undefined))))`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.is(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout), cases.map(([, , kind]) => kind));
});

test.run();
