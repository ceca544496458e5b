/**
 * Every documented error shape (fixtures/error-samples.ts) replayed through Get-PartnerCustomerCart
 * against a local fake service: exit 1, one PowerShell-style error with the description, the code
 * and every `data` entry (strings too), nothing on stdout, and no retry of a 4xx.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ERROR_SAMPLES } from './fixtures/error-samples.ts';
import { CREATE_CART_RESPONSE } from './fixtures/cart-samples.ts';
import { startFakeService } from './fake-service.ts';
import { connectedRunner } from './run-cmdlet.ts';
import { recordingClient } from './support.ts';
import { getCart } from '../../src/partner-center/carts.ts';
import { PartnerCenterError } from '../../src/partner-center/errors.ts';

const CUSTOMER = 'd6bf25b7-e0a8-4f2d-a31b-97b55cfc774d';
const CART = CREATE_CART_RESPONSE.id;

/** What the error line must show for each sample, beyond its description. */
const EXPECTED: Record<string, RegExp> = {
  'fault with empty data (cart not found)': /^Get-PartnerCustomerCart: Unable to retrieve cart id 3655b1a0-b1c9-4268-9824-577fdbc4d0be\. \(800008, HTTP 404, request [0-9a-f-]+\)\n$/,
  'fault with the code as a string (cart being processed)': /^Get-PartnerCustomerCart: Cart 3655b1a0-[0-9a-f-]+ is being processed by another request\. \(800064, HTTP 409, request [0-9a-f-]+\)\n$/,
  'fault with data as strings (license quota)': /^Get-PartnerCustomerCart: Cannot assign licenses\. LicenseQuotaExceededException : The license quota has been exceeded\. \(60012, HTTP 400, request [0-9a-f-]+\)\n$/,
  'fault with data as cart errors': /^Get-PartnerCustomerCart: Error in cart item\(s\)\. LegacyOfferNotEligibleForPurchase: The legacy offer is no longer eligible for purchase\. \(800009, HTTP 400, request [0-9a-f-]+\)\n$/,
  'token missing': /^Get-PartnerCustomerCart: The access token was rejected: Authorization token is missing or invalid; run Connect-PartnerCenter to sign in again \(800001, HTTP 401, request [0-9a-f-]+\)\n$/,
};

for (const sample of ERROR_SAMPLES.filter((s) => s.status !== 429)) {
  test(`documented error: ${sample.name}`, async () => {
    const service = await startFakeService([{ method: 'GET', status: sample.status, headers: sample.headers, body: sample.body }]);
    const runner = await connectedRunner(service.url);
    try {
      const result = await runner.run(['Get-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-CartId', CART]);
      assert.is(result.code, 1);
      assert.is(result.stdout, '');
      assert.match(result.stderr, EXPECTED[sample.name]!);
      assert.is(service.received.length, 1, 'a 4xx is not retried');
    } finally {
      runner.remove();
      await service.close();
    }
  });
}

const throttled = ERROR_SAMPLES.find((s) => s.status === 429)!;

test('documented throttling answer: Retry-After honoured, the retry is a new MS-RequestId, then the cart', async () => {
  const service = await startFakeService([
    { method: 'GET', status: 429, headers: throttled.headers, body: throttled.body },
    { method: 'GET', status: 200, body: CREATE_CART_RESPONSE },
  ]);
  try {
    const r = recordingClient(service.url);
    const cart = await getCart(r.client, CUSTOMER, CART);
    assert.is(cart.CartId, CART);
    assert.equal(r.waits, [57_000]);
    const [first, second] = service.received;
    assert.is.not(first!.headers['ms-requestid'], second!.headers['ms-requestid']);
  } finally {
    await service.close();
  }
});

test('documented throttling answer every time: the 429 message, after the attempts', async () => {
  const reply = { method: 'GET', status: 429, headers: throttled.headers, body: throttled.body };
  const service = await startFakeService([reply, reply, reply, reply]);
  try {
    const r = recordingClient(service.url);
    const error = await getCart(r.client, CUSTOMER, CART).catch((e: unknown) => e);
    assert.instance(error, PartnerCenterError);
    assert.match((error as Error).message, /^Partner Center is throttling requests: Rate limit is exceeded\. Try again in 57 seconds\. \(HTTP 429, request [0-9a-f-]+, 4 attempts\)$/);
  } finally {
    await service.close();
  }
});

test('a 5xx keeps the MS-RequestId on the retry: the service may have applied the request', async () => {
  const service = await startFakeService([
    { method: 'GET', status: 503, body: { code: 800003, description: 'busy', data: [], source: 'PartnerFD' } },
    { method: 'GET', status: 200, body: CREATE_CART_RESPONSE },
  ]);
  try {
    const r = recordingClient(service.url);
    await getCart(r.client, CUSTOMER, CART);
    assert.is(service.received[0]!.headers['ms-requestid'], service.received[1]!.headers['ms-requestid']);
  } finally {
    await service.close();
  }
});

test.run();
