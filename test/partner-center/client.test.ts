/** The client against the real emulator over HTTP: headers, retries, Retry-After, idempotency, errors, redaction. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { injectFaults, readRequestLog } from '../../src/emulator/index.ts';
import { createCart, getCart, checkout } from '../../src/partner-center/carts.ts';
import { PartnerCenterError } from '../../src/partner-center/errors.ts';
import { CUSTOMER, basicLine, recordingClient, riLine, startHarness } from './support.ts';

function cartCount(dataDir: string): number {
  try {
    return readdirSync(join(dataDir, 'carts', CUSTOMER)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length;
  } catch {
    return 0;
  }
}

async function rejection(promise: Promise<unknown>): Promise<PartnerCenterError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, PartnerCenterError);
    return error as PartnerCenterError;
  }
  throw new Error('expected a rejection');
}

test('sends the documented headers; MS-CorrelationId per client, a new MS-RequestId per call', async () => {
  const h = await startHarness();
  try {
    const r = recordingClient(h.emulator.url);
    const cart = await createCart(r.client, CUSTOMER, [riLine()]);
    await getCart(r.client, CUSTOMER, cart.CartId);
    const [first, second] = r.sent;
    assert.equal(
      { ...first!.headers, 'MS-RequestId': 'x' },
      {
        Authorization: 'Bearer test-access-token',
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'MS-RequestId': 'x',
        'MS-CorrelationId': 'c0ffee00-0000-4000-8000-000000000001',
        'X-Locale': 'en-US',
        'MS-PartnerCenter-Client': 'pcsh/test',
        'MS-Contract-Version': 'v1',
      },
    );
    assert.match(first!.headers['MS-RequestId']!, /^[0-9a-f-]{36}$/);
    assert.is.not(first!.headers['MS-RequestId'], second!.headers['MS-RequestId']);
    assert.is(second!.headers['MS-CorrelationId'], first!.headers['MS-CorrelationId']);
    assert.equal(JSON.parse(first!.body!).lineItems[0].billingCycle, 'one_time');
    const log = await readRequestLog(h.dataDir);
    assert.equal(log.map((e) => [e.method, e.status, e.requestId]), r.sent.map((s, i) => [s.method, i === 0 ? 201 : 200, s.headers['MS-RequestId']]));
  } finally {
    await h.stop();
  }
});

test('503 twice then success: same MS-RequestId on every attempt, exactly one cart, waits are backoff', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'createCart', kind: 'status', status: 503, times: 2 }]);
    const r = recordingClient(h.emulator.url, { retry: { baseDelayMs: 100 } });
    await createCart(r.client, CUSTOMER, [riLine()]);
    assert.is(r.sent.length, 3);
    assert.is(new Set(r.sent.map((s) => s.headers['MS-RequestId'])).size, 1);
    assert.equal(r.waits, [50, 100]);
    assert.is(cartCount(h.dataDir), 1);
    assert.ok(r.verbose.some((line) => /Waiting 50 ms \(backoff\) before attempt 2 of 4/.test(line)));
  } finally {
    await h.stop();
  }
});

test('429 with Retry-After: the wait honours it, each retry is a new MS-RequestId (nothing was applied), then one cart', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'createCart', kind: 'throttle', retryAfter: 7, times: 2 }]);
    const r = recordingClient(h.emulator.url);
    await createCart(r.client, CUSTOMER, [riLine()]);
    assert.equal(r.waits, [7000, 7000]);
    assert.is(new Set(r.sent.map((s) => s.headers['MS-RequestId'])).size, 3, 'a throttled request was answered: the retry gets a new id');
    assert.is(cartCount(h.dataDir), 1);
    assert.ok(r.verbose.some((line) => line.includes('Retry-After 7000 ms')));
  } finally {
    await h.stop();
  }
});

test('throttled on every attempt: a TooManyRequests error with the 429 message', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: '*', kind: 'throttle', retryAfter: 3, times: 10 }]);
    const r = recordingClient(h.emulator.url, { retry: { maxAttempts: 3 } });
    const error = await rejection(createCart(r.client, CUSTOMER, [riLine()]));
    assert.is(error.status, 429);
    assert.is(error.category, 'TooManyRequests');
    assert.is(error.attempts, 3);
    assert.match(error.message, /^Partner Center is throttling requests: Rate limit is exceeded\. Try again in 3 seconds\. \(HTTP 429, request [0-9a-f-]+, 3 attempts\)$/);
    assert.is(cartCount(h.dataDir), 0);
  } finally {
    await h.stop();
  }
});

test('a wait past the total budget is not taken', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'createCart', kind: 'throttle', retryAfter: 600 }]);
    const r = recordingClient(h.emulator.url, { retry: { maxTotalMs: 60_000 } });
    const error = await rejection(createCart(r.client, CUSTOMER, [riLine()]));
    assert.is(error.status, 429);
    assert.equal(r.waits, []);
  } finally {
    await h.stop();
  }
});

for (const [name, status, act] of [
  ['400 (invalid input)', 400, (c: ReturnType<typeof recordingClient>['client']) => createCart(c, CUSTOMER, [])],
  ['404 (cart not found)', 404, (c: ReturnType<typeof recordingClient>['client']) => getCart(c, CUSTOMER, '00000000-0000-4000-8000-000000000000')],
] as const) {
  test(`no retry on ${name}`, async () => {
    const h = await startHarness();
    try {
      const r = recordingClient(h.emulator.url);
      const error = await rejection(act(r.client));
      assert.is(error.status, status);
      assert.is(r.sent.length, 1);
      assert.equal(r.waits, []);
    } finally {
      await h.stop();
    }
  });
}

test('no retry on 409', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'getCart', kind: 'status', status: 409, code: 800064, description: 'The cart is being processed by another request.' }]);
    const r = recordingClient(h.emulator.url);
    const error = await rejection(getCart(r.client, CUSTOMER, '00000000-0000-4000-8000-000000000000'));
    assert.is(error.category, 'AlreadyExists');
    assert.is(error.message, `The cart is being processed by another request. (800064, HTTP 409, request ${r.sent[0]!.headers['MS-RequestId']})`);
    assert.is(r.sent.length, 1);
  } finally {
    await h.stop();
  }
});

test('a slow answer times out and is retried with the same MS-RequestId; one cart', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'createCart', kind: 'delay', delayMs: 5000 }]);
    // The retry must answer within the same timeout: generous, so a slow CI disk (the emulator fsyncs) cannot fail it.
    const r = recordingClient(h.emulator.url, { retry: { timeoutMs: 1000 } });
    await createCart(r.client, CUSTOMER, [riLine()]);
    assert.is(r.sent.length, 2);
    assert.is(r.sent[0]!.headers['MS-RequestId'], r.sent[1]!.headers['MS-RequestId']);
    assert.ok(r.verbose.some((line) => line.includes('timed out')));
    assert.is(cartCount(h.dataDir), 1);
  } finally {
    await h.stop();
  }
});

test('timing out on every attempt: a timeout error', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'getCart', kind: 'delay', delayMs: 3000, times: 2 }]);
    const r = recordingClient(h.emulator.url, { retry: { timeoutMs: 100, maxAttempts: 2 } });
    const error = await rejection(getCart(r.client, CUSTOMER, '00000000-0000-4000-8000-000000000000'));
    assert.is(error.reason, 'timeout');
    assert.is(error.errorId, 'PartnerCenterError.Timeout');
    assert.match(error.message, /^Partner Center did not answer within 100 ms \(request [0-9a-f-]+, 2 attempts\)$/);
  } finally {
    await h.stop();
  }
});

test('a dropped connection before the request ran is retried', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'createCart', kind: 'drop' }]);
    const r = recordingClient(h.emulator.url);
    await createCart(r.client, CUSTOMER, [riLine()]);
    assert.is(r.sent.length, 2);
    assert.ok(r.verbose[0]!.includes('network error'));
    assert.is(cartCount(h.dataDir), 1);
  } finally {
    await h.stop();
  }
});

test('an answer lost after the cart was made: the retry gets the same cart, never a second one', async () => {
  const h = await startHarness();
  try {
    await injectFaults(h.dataDir, [{ route: 'createCart', kind: 'drop', when: 'after' }, { route: 'checkout', kind: 'drop', when: 'after' }]);
    const r = recordingClient(h.emulator.url);
    const cart = await createCart(r.client, CUSTOMER, [riLine(), basicLine()]);
    assert.is(cartCount(h.dataDir), 1);
    const result = await checkout(r.client, CUSTOMER, cart.CartId);
    assert.is(result.Orders.length, 2);
    const log = await readRequestLog(h.dataDir);
    assert.equal(log.map((e) => [e.route, e.status, e.replayed ?? false]), [
      ['createCart', 0, false], ['createCart', 201, true], ['checkout', 0, false], ['checkout', 201, true],
    ]);
    const orders = readdirSync(join(h.dataDir, 'orders', CUSTOMER)).filter((n) => n.endsWith('.json'));
    assert.is(orders.length, 2);
  } finally {
    await h.stop();
  }
});

test('a refused connection is a network error after the attempts', async () => {
  const r = recordingClient('http://127.0.0.1:1', { retry: { maxAttempts: 2 } });
  const error = await rejection(getCart(r.client, CUSTOMER, 'x'));
  assert.is(error.reason, 'network');
  assert.is(error.category, 'ConnectionError');
  assert.match(error.message, /^Could not reach Partner Center: .*ECONNREFUSED.* \(request [0-9a-f-]+, 2 attempts\)$/);
  assert.equal(r.waits.length, 1);
});

test('a missing token is 401 800001, not retried, with the sign-in hint', async () => {
  const h = await startHarness();
  try {
    const r = recordingClient(h.emulator.url, { getAccessToken: async () => '' });
    const error = await rejection(getCart(r.client, CUSTOMER, '00000000-0000-4000-8000-000000000000'));
    assert.is(error.status, 401);
    assert.is(error.code, '800001');
    assert.is(error.category, 'Unauthorized');
    assert.match(error.message, /^The access token was rejected: .*run Connect-PartnerCenter/);
    assert.is(r.sent.length, 1);
  } finally {
    await h.stop();
  }
});

test('-Debug output shows headers and bodies with the token redacted; -Verbose shows method, URL, status, timing, attempt', async () => {
  const h = await startHarness();
  try {
    const r = recordingClient(h.emulator.url, { getAccessToken: async () => 'SECRET-TOKEN-123' });
    await r.client.request('POST', `/v1/customers/${CUSTOMER}/carts`, { lineItems: [{ catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', quantity: 1, billingCycle: 'one_time', provisioningContext: { refresh_token: 'RT-SECRET' } }] }).catch(() => {});
    const debug = r.debug.join('\n');
    assert.not.ok(debug.includes('SECRET-TOKEN-123'));
    assert.not.ok(debug.includes('RT-SECRET'));
    assert.ok(debug.includes('"Authorization":"Bearer ***"'));
    assert.ok(debug.includes('HTTP response 201'));
    assert.ok(debug.includes('"MS-RequestId"'));
    assert.match(r.verbose[0]!, new RegExp(`^POST ${h.emulator.url}/v1/customers/${CUSTOMER}/carts → HTTP 201 in \\d+ ms \\(attempt 1 of 4, request [0-9a-f-]+\\)$`));
  } finally {
    await h.stop();
  }
});

test.run();
