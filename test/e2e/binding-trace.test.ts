/**
 * Issue 3 end to end: `pcsh trace-binding` as a spawned command over a sample of the binder's
 * conformance table (test/binder/conformance-cases.ts) — every 9th case plus every case that
 * reads a file or stdin — compared with the table and with the in-process binder: same JSON,
 * same exit code. The command runs in test/binder/data (for @file) with the table's stdin.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { traceBinding } from '../../src/binder/index.ts';
import { conformanceCases, type ConformanceCase } from '../binder/conformance-cases.ts';
import { DATA_DIR, cmdlet, loadCmdlets, testIo } from '../binder/registry.ts';
import { createSandbox, root, spawnCollect } from './run-command.ts';

const sandbox = createSandbox({}, 'in-process');
const cmdlets = loadCmdlets();
const STDIN = testIo.readStdin();

function trace(args: string[], options: { cwd?: string; input?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return spawnCollect(process.execPath, [join(root, 'dist/bin/pcsh.js'), 'trace-binding', ...args], {
    env: sandbox.env,
    cwd: options.cwd ?? DATA_DIR,
    input: options.input ?? STDIN,
  });
}

const readsInput = (c: ConformanceCase) => c.argv.some((a) => a === '-' || a.startsWith('@') && !a.startsWith('@{') && !a.startsWith('@('));
const sample = conformanceCases.filter((c, i) => i % 9 === 0 || readsInput(c));

test('the sample is ~30+ cases with successes and errors for every cmdlet', () => {
  assert.ok(sample.length >= 30, `${sample.length}`);
  assert.ok(sample.some((c) => 'errorId' in c.expect));
  assert.ok(sample.some((c) => !('errorId' in c.expect)));
});

for (const c of sample) {
  const index = conformanceCases.indexOf(c);
  test(`#${index} pcsh trace-binding ${c.cmdlet} ${c.argv.join(' ')}`.slice(0, 160), async () => {
    const result = await trace([c.cmdlet, ...c.argv]);
    assert.is(result.stderr, '');
    assert.ok(result.stdout.endsWith('\n') && result.stdout.indexOf('\n') === result.stdout.length - 1, 'one JSON line');
    const actual = JSON.parse(result.stdout) as Record<string, unknown>;
    // Same verdict as the binder in-process …
    const inProcess = traceBinding(cmdlet(cmdlets, c.cmdlet), c.cmdlet, c.argv, testIo);
    assert.equal(actual, JSON.parse(inProcess.json));
    assert.is(result.code, inProcess.exitCode);
    // … and as the table.
    if ('errorId' in c.expect) {
      assert.equal(actual, { errorId: c.expect.errorId, message: c.expect.message.replace('%DATA%', DATA_DIR) });
      assert.is(result.code, 2);
    } else {
      assert.equal(actual, { command: c.cmdlet, parameterSet: c.expect.parameterSet, bound: c.expect.bound });
      assert.is(result.code, 0);
    }
  });
}

test('trace-binding of an unknown cmdlet: CommandNotFoundException JSON, exit 2', async () => {
  const result = await trace(['New-PartnerCustomerKart', '-CustomerId', 'x']);
  assert.is(result.code, 2);
  const json = JSON.parse(result.stdout) as { errorId: string; message: string };
  assert.is(json.errorId, 'CommandNotFoundException');
  assert.match(json.message, "The term 'New-PartnerCustomerKart' is not recognized");
});

test('trace-binding takes the cmdlet name case-insensitively and reports the canonical name', async () => {
  const result = await trace(['new-partnercustomercart', '-cu', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-li', "@{CatalogItemId='a:b:c'; Quantity=1; BillingCycle='Monthly'}", '-wi']);
  const json = JSON.parse(result.stdout) as { command: string; bound: Record<string, unknown> };
  assert.is(result.code, 0, result.stdout);
  assert.is(json.command, 'New-PartnerCustomerCart');
  assert.equal(Object.keys(json.bound), ['CustomerId', 'LineItems', 'WhatIf']);
});

test('trace-binding reads @file relative to the working directory, and - from stdin', async () => {
  const fromFile = await trace(['Add-PartnerCustomerCartLineItem', '-CartId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItem', '@line.json'], {
    cwd: sandbox.dataDir,
    input: '',
  });
  assert.is(fromFile.code, 2);
  assert.match(fromFile.stdout, `open '${join(sandbox.dataDir, 'line.json')}'`);
  const fromStdin = await trace(['New-PartnerCustomerCart', '-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', '-'], {
    input: '[{"catalogitemid": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 2, "billingcycle": "annual"}]',
  });
  assert.is(fromStdin.code, 0, fromStdin.stdout);
  assert.equal((JSON.parse(fromStdin.stdout) as { bound: unknown }).bound, {
    CustomerId: '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08',
    LineItems: [{ CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', Quantity: 2, BillingCycle: 'Annual' }],
  });
});

test('trace-binding runs nothing: no emulator state, no config written', async () => {
  const result = await trace(['Submit-PartnerCustomerCart', '-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-CartId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08']);
  assert.is(result.code, 0);
  const { readdirSync, existsSync } = await import('node:fs');
  assert.equal(readdirSync(sandbox.dataDir), []);
  assert.not.ok(existsSync(sandbox.configDir));
});

test.run();
