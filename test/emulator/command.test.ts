/** `pcsh emulator start` (runEmulatorCommand), the default data folder, and what loads when. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEmulatorDataDir, runEmulatorCommand } from '../../src/emulator/index.ts';
import { CUSTOMER, tempDir } from '../partner-center/support.ts';
import { call } from './http.ts';

test('defaultEmulatorDataDir: PCSH_EMULATOR_DATA, then XDG_DATA_HOME, ~/.local/share, %LOCALAPPDATA% on Windows', () => {
  assert.is(defaultEmulatorDataDir({ PCSH_EMULATOR_DATA: '/x/y' }, 'linux', '/home/u'), '/x/y');
  assert.is(defaultEmulatorDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/u'), '/data/pcsh/emulator');
  assert.is(defaultEmulatorDataDir({}, 'darwin', '/Users/u'), '/Users/u/.local/share/pcsh/emulator');
  assert.is(defaultEmulatorDataDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'), 'C:\\Users\\u\\AppData\\Local\\pcsh\\emulator');
  assert.is(defaultEmulatorDataDir({}, 'win32', 'C:\\Users\\u'), 'C:\\Users\\u\\AppData\\Local\\pcsh\\emulator');
});

test('runEmulatorCommand prints the URL and a token hint, logs requests, stops on SIGTERM with exit code 0', async () => {
  const dir = tempDir();
  try {
    const lines: string[] = [];
    const signals = new EventEmitter();
    let announce: (url: string) => void = () => {};
    const started = new Promise<string>((r) => (announce = r));
    const out = (text: string) => {
      lines.push(text);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) announce(match[1]!);
    };
    const running = runEmulatorCommand({ port: 0, dataDir: dir.path, signals }, out);
    const url = await started;
    const answer = await call(url, 'GET', `/v1/customers/${CUSTOMER}/orders`);
    assert.is(answer.status, 200);
    signals.emit('SIGTERM');
    assert.is(await running, 0);
    const text = lines.join('\n');
    assert.match(text, /bearer token/);
    assert.match(text, `PCSH_ENDPOINT=${url}`);
    assert.match(text, /GET \/v1\/customers\/[0-9a-f-]+\/orders 200 \d+ ms/);
    assert.match(lines.at(-1)!, /Emulator stopped \(SIGTERM\)\./);
  } finally {
    dir.remove();
  }
});

test('a port in use: a message and exit code 1', async () => {
  const dir = tempDir();
  const { createServer } = await import('node:net');
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  try {
    const port = (blocker.address() as { port: number }).port;
    const lines: string[] = [];
    const code = await runEmulatorCommand({ port, dataDir: dir.path, signals: new EventEmitter() }, (t) => lines.push(t));
    assert.is(code, 1);
    assert.match(lines.join('\n'), `Port ${port} on 127.0.0.1 is in use`);
  } finally {
    blocker.close();
    dir.remove();
  }
});

/** Value imports (not `import type`) reachable from a module, followed through relative paths. */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
    const target = match[1]!;
    if (target.startsWith('.')) staticImports(resolve(dirname(entry), target), seen);
    else seen.add(target);
  }
  return seen;
}

test('start-up: the client and handlers load neither node-fetch nor the emulator until used', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  for (const entry of ['partner-center/client.ts', 'cmdlets/new-partner-customer-cart.ts', 'cmdlets/submit-partner-customer-cart.ts']) {
    const reached = [...staticImports(join(root, entry))];
    assert.not.ok(reached.includes('node-fetch'), entry);
    assert.not.ok(reached.some((path) => path.includes('/emulator/')), entry);
  }
});

test('runEmulatorCommand with etags: false (--no-etags) answers carts without an ETag, as the documented service', async () => {
  const dir = tempDir();
  try {
    const signals = new EventEmitter();
    let announce: (url: string) => void = () => {};
    const started = new Promise<string>((r) => (announce = r));
    const out = (text: string) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) announce(match[1]!);
    };
    const running = runEmulatorCommand({ port: 0, dataDir: dir.path, signals, etags: false }, out);
    const url = await started;
    const line = { catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' };
    const created = await call(url, 'POST', `/v1/customers/${CUSTOMER}/carts`, { lineItems: [line] });
    assert.equal([created.status, created.headers.get('etag')], [201, null]);
    signals.emit('SIGTERM');
    assert.is(await running, 0);
  } finally {
    dir.remove();
  }
});

test.run();
