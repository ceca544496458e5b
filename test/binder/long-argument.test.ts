/**
 * Values near the OS argument limit (issue 15). A value over the limit never reaches pcsh (the
 * shell's exec fails with E2BIG); what pcsh sees is a long value cut on the way, and its error
 * names @file and - . Short broken values keep their usual message; long valid values bind.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough, Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../src/runtime/main.ts';
import { LONG_ARGUMENT_LENGTH } from '../../src/binder/structured-text.ts';
import type { RuntimeEnvironment } from '../../src/runtime/environment.ts';

const root = new URL('../..', import.meta.url).pathname;
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const HINT = /characters long: .* Pass it from a file \(-LineItems @items\.json\) or on standard input \(-LineItems -\)\./;

function environment() {
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
  const env: RuntimeEnvironment = {
    root, cwd: root, stdin: new PassThrough(), stdout: sink(() => {}), stderr: sink((s) => (stderr += s)), version: '0.0.0',
    env: { NO_COLOR: '1', PCSH_CONFIG_DIR: join(mkdtempSync(join(tmpdir(), 'pcsh-long-')), 'c') },
  };
  return { env, err: () => stderr };
}

const literalItems = (count: number) => Array.from({ length: count }, (_, i) =>
  `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=${(i % 300) + 1}; BillingCycle='Monthly'; TermDuration='P1M'}`).join(',');
const jsonItems = (count: number) => JSON.stringify(Array.from({ length: count }, (_, i) =>
  ({ CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', Quantity: (i % 300) + 1, BillingCycle: 'Monthly', TermDuration: 'P1M' })));
const cut = (text: string, length: number) => text.slice(0, length);

const cases: Array<[string, string, number, boolean]> = [
  ['a long literal cut mid-item', cut(literalItems(200), LONG_ARGUMENT_LENGTH + 1234), 2, true],
  ['long JSON cut mid-item', cut(jsonItems(200), LONG_ARGUMENT_LENGTH + 777), 2, true],
  ['a short broken literal: the usual message only', "@{CatalogItemId='A:1:2'", 2, false],
  ['a long valid literal (200 items): binds, -WhatIf exits 0', literalItems(200), 0, false],
];

for (const [name, value, exitCode, hinted] of cases) {
  test(name, async () => {
    const e = environment();
    const code = await dispatch(['-CustomerId', CUSTOMER, '-LineItems', value, '-WhatIf'], 'New-PartnerCustomerCart', e.env);
    assert.is(code, exitCode, e.err());
    if (exitCode !== 0) assert.match(e.err(), /Cannot process argument transformation on parameter 'LineItems'\./);
    assert.is(HINT.test(e.err()), hinted, e.err());
  });
}

test('spawned: a cut long value exits 2 with the hint on stderr, nothing on stdout', () => {
  const value = cut(literalItems(200), LONG_ARGUMENT_LENGTH + 50);
  const result = spawnSync(process.execPath, [join(root, 'dist/bin/New-PartnerCustomerCart.js'), '-CustomerId', CUSTOMER, '-LineItems', value, '-WhatIf'], {
    encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PCSH_CONFIG_DIR: join(mkdtempSync(join(tmpdir(), 'pcsh-long-')), 'c') },
  });
  assert.is(result.status, 2);
  assert.is(result.stdout, '');
  assert.match(result.stderr, HINT);
});

test.run();
