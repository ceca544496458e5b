/**
 * The emulator as an attacker or a damaged disk meets it: ids are checked before any file is
 * touched (path traversal), only its own loopback Host is answered (DNS rebinding), an
 * unauthenticated request uses up no injected fault, a corrupt cart or faults.json is named in
 * a clear error while everything else keeps working, and a repeated MS-RequestId never makes a
 * second cart even when the first answer's idempotency record and cart were written together.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { request } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faultsPath, injectFaults, startEmulator } from '../../src/emulator/index.ts';
import { BASIC_ITEM, CUSTOMER, tempDir } from '../partner-center/support.ts';
import { call } from './http.ts';

const basic = { catalogItemId: BASIC_ITEM, quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' };
const carts = `/v1/customers/${CUSTOMER}/carts`;

/** A raw request with any Host header (fetch does not let a caller set Host). */
function rawRequest(port: number, method: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function withEmulator(run: (url: string, port: number, dataDir: string, log: string[]) => Promise<void>): Promise<void> {
  const dir = tempDir();
  const log: string[] = [];
  const emulator = await startEmulator({ dataDir: join(dir.path, 'data'), log: (line) => log.push(line) });
  try {
    await run(emulator.url, emulator.port, join(dir.path, 'data'), log);
  } finally {
    await emulator.close();
    dir.remove();
  }
}

test('path traversal: an encoded ../ cart id creates nothing outside the data folder and deletes no lock there', async () => {
  await withEmulator(async (url, _port, dataDir) => {
    const outside = join(dataDir, '..', 'outside');
    mkdirSync(join(outside, 'sub'), { recursive: true });
    writeFileSync(join(outside, 'sub', 'y.json.lock'), 'precious');
    const evil = encodeURIComponent('../../../outside/sub/y');
    for (const [method, path] of [['POST', `${carts}/${evil}/checkout`], ['PUT', `${carts}/${evil}`], ['GET', `${carts}/${evil}`],
      ['GET', `/v1/customers/${CUSTOMER}/orders/${encodeURIComponent('../../x')}`], ['POST', `/v1/customers/${encodeURIComponent('../x')}/carts`]] as const) {
      const answer = await call(url, method, path, method === 'PUT' ? { lineItems: [basic] } : undefined);
      assert.ok([400, 404].includes(answer.status), `${method} ${path}: ${answer.status}`);
    }
    assert.is(readFileSync(join(outside, 'sub', 'y.json.lock'), 'utf8'), 'precious');
    assert.equal(readdirSync(outside), ['sub']);
    assert.not.ok(existsSync(join(dataDir, 'carts')), 'no folder made for a refused id');
  });
});

test('Host header: only 127.0.0.1, localhost or [::1] with the emulator\'s own port is answered', async () => {
  await withEmulator(async (_url, port) => {
    const auth = { Authorization: 'Bearer t' };
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      assert.is((await rawRequest(port, 'GET', `/v1/customers/${CUSTOMER}/orders`, { ...auth, Host: host })).status, 200, host);
    }
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `127.0.0.2:${port}`, '']) {
      const answer = await rawRequest(port, 'GET', `/v1/customers/${CUSTOMER}/orders`, { ...auth, Host: host });
      assert.is(answer.status, 403, host);
      assert.match(answer.body.description, 'is not this emulator\'s address');
    }
  });
});

test('an unauthenticated request is refused before it can use up an injected fault', async () => {
  await withEmulator(async (url, _port, dataDir) => {
    await injectFaults(dataDir, [{ route: 'createCart', kind: 'status', status: 503, times: 1 }]);
    const anonymous = await call(url, 'POST', carts, { lineItems: [basic] }, {});
    assert.equal([anonymous.status, anonymous.body.code], [401, 800001]);
    assert.is(JSON.parse(readFileSync(faultsPath(dataDir), 'utf8')).faults.length, 1, 'the fault is still there');
    assert.is((await call(url, 'POST', carts, { lineItems: [basic] })).status, 503, 'the signed-in request gets it');
  });
});

test('a corrupt cart file is named in a clear, non-retryable error; other carts keep working', async () => {
  await withEmulator(async (url, _port, dataDir, log) => {
    const good = (await call(url, 'POST', carts, { lineItems: [basic] })).body.id as string;
    const bad = (await call(url, 'POST', carts, { lineItems: [basic] })).body.id as string;
    const badFile = join(dataDir, 'carts', CUSTOMER, `${bad}.json`);
    writeFileSync(badFile, '{"customerId": garbage');
    for (const [method, path] of [['GET', `${carts}/${bad}`], ['PUT', `${carts}/${bad}`], ['POST', `${carts}/${bad}/checkout`]] as const) {
      const answer = await call(url, method, path, method === 'PUT' ? { lineItems: [basic] } : undefined);
      assert.is(answer.status, 422, `${method}`);
      assert.match(answer.body.description, `The emulator state file '${badFile}' is corrupt (not valid JSON)`);
    }
    assert.is((await call(url, 'GET', `${carts}/${good}`)).status, 200);
    assert.is((await call(url, 'POST', `${carts}/${good}/checkout`)).status, 201);
    assert.ok(log.some((line) => line.includes(badFile)), 'the emulator log names the file');
  });
});

test('a corrupt faults.json injects nothing, is named on the emulator log, and breaks no route', async () => {
  await withEmulator(async (url, _port, dataDir, log) => {
    mkdirSync(dataDir, { recursive: true });
    for (const text of ['{not json', '[1,2]', '{"faults": 7}', '{"faults": [null]}']) {
      writeFileSync(faultsPath(dataDir), text);
      const created = await call(url, 'POST', carts, { lineItems: [basic] });
      assert.is(created.status, 201, text);
      assert.is((await call(url, 'GET', `${carts}/${created.body.id}`)).status, 200, text);
    }
    assert.ok(log.some((line) => line.includes(`'${faultsPath(dataDir)}' is corrupt`) && line.includes('No fault was injected')));
  });
});

test('MS-RequestId: a repeated create answers the first cart, even when only the cart file survived (one atomic write)', async () => {
  await withEmulator(async (url, _port, dataDir) => {
    const headers = { Authorization: 'Bearer t', 'MS-RequestId': 'same-id' };
    const first = await call(url, 'POST', carts, { lineItems: [basic] }, headers);
    assert.not.ok(existsSync(join(dataDir, 'idempotency')), 'no separate idempotency file to lose');
    const again = await call(url, 'POST', carts, { lineItems: [basic, basic] }, headers);
    assert.equal([again.status, again.body.id, again.body.lineItems.length], [201, first.body.id, 1]);
    const checkout = { Authorization: 'Bearer t', 'MS-RequestId': 'pay-once' };
    const paid = await call(url, 'POST', `${carts}/${first.body.id}/checkout`, undefined, checkout);
    const repaid = await call(url, 'POST', `${carts}/${first.body.id}/checkout`, undefined, checkout);
    assert.equal(repaid.body, paid.body);
    assert.is(readdirSync(join(dataDir, 'carts', CUSTOMER)).filter((name) => name.endsWith('.json')).length, 1);
    assert.is(readdirSync(join(dataDir, 'orders', CUSTOMER)).length, paid.body.orders.length);
  });
});

test.run();
