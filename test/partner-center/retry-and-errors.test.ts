import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_RETRY, backoffDelay, isRetryableStatus, parseRetryAfter, retryDelay } from '../../src/partner-center/retry-policy.ts';
import { PartnerCenterError } from '../../src/partner-center/errors.ts';
import type { PartnerCenterFailure } from '../../src/partner-center/errors.ts';
import { parseErrorBody } from '../../src/partner-center/error-body.ts';
import { redactBody, redactHeaders } from '../../src/core/redact.ts';
import { PcshError, formatConcise } from '../../src/core/error-record.ts';

test('retryable statuses: 408, 429, 5xx but not 501/505; never 400/401/403/404/409', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) assert.ok(isRetryableStatus(status), String(status));
  for (const status of [400, 401, 403, 404, 409, 417, 501, 505]) assert.not.ok(isRetryableStatus(status), String(status));
});

test('Retry-After: seconds or an HTTP date', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  assert.is(parseRetryAfter('57', now), 57_000);
  assert.is(parseRetryAfter('Mon, 01 Jan 2024 00:00:10 GMT', now), 10_000);
  assert.is(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now), 0);
  assert.is(parseRetryAfter('soon', now), undefined);
  assert.is(parseRetryAfter(null, now), undefined);
});

test('backoff: full jitter under an exponential, capped ceiling; Retry-After is a floor', () => {
  const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
  assert.is(backoffDelay(1, options, () => 0.999), 99);
  assert.is(backoffDelay(3, options, () => 0.5), 200);
  assert.is(backoffDelay(10, options, () => 0.5), 500);
  assert.is(backoffDelay(2, options, () => 0), 0);
  assert.is(retryDelay(1, 7000, options, () => 0.5), 7000);
  assert.is(retryDelay(5, 10, options, () => 0.9), 900);
});

const base: PartnerCenterFailure = {
  method: 'PUT', url: 'http://x/v1/customers/c/carts/k', requestId: 'r-1', correlationId: 'c-1', attempts: 1,
};

const cases: [string, Partial<PartnerCenterFailure>, { message: string; errorId: string; category: string; reason: string }][] = [
  ['API error', { status: 404, code: '800008', description: 'Unable to retrieve cart id.' },
    { message: 'Unable to retrieve cart id. (800008, HTTP 404, request r-1)', errorId: 'PartnerCenterError.800008', category: 'NotFound', reason: 'api' }],
  ['timeout beats everything', { timedOut: true, timeoutMs: 100, attempts: 4 },
    { message: 'Partner Center did not answer within 100 ms (request r-1, 4 attempts)', errorId: 'PartnerCenterError.Timeout', category: 'OperationTimeout', reason: 'timeout' }],
  ['throttled beats an API code', { status: 429, description: 'Rate limit is exceeded. Try again in 57 seconds.' },
    { message: 'Partner Center is throttling requests: Rate limit is exceeded. Try again in 57 seconds. (HTTP 429, request r-1)', errorId: 'PartnerCenterError.HTTP429', category: 'TooManyRequests', reason: 'throttled' }],
  ['unauthorised', { status: 401, code: '800001', description: 'Authorization token is missing.' },
    { message: 'The access token was rejected: Authorization token is missing; run Connect-PartnerCenter to sign in again (800001, HTTP 401, request r-1)', errorId: 'PartnerCenterError.800001', category: 'Unauthorized', reason: 'unauthorized' }],
  ['forbidden', { status: 403, code: '800067', description: 'Seat count exceeded.' },
    { message: 'Access denied: Seat count exceeded. (800067, HTTP 403, request r-1)', errorId: 'PartnerCenterError.800067', category: 'Forbidden', reason: 'forbidden' }],
  ['bare HTTP status', { status: 502, body: '<html>bad gateway</html>' },
    { message: 'Partner Center answered HTTP 502 Bad Gateway (HTTP 502, request r-1)', errorId: 'PartnerCenterError.HTTP502', category: 'ServerError', reason: 'http' }],
  ['busy', { status: 503, attempts: 4 },
    { message: 'Partner Center answered HTTP 503 Service Unavailable (HTTP 503, request r-1, 4 attempts)', errorId: 'PartnerCenterError.HTTP503', category: 'ServerBusy', reason: 'http' }],
  ['network', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') },
    { message: 'Could not reach Partner Center: connect ECONNREFUSED 127.0.0.1:1 (request r-1)', errorId: 'PartnerCenterError.Network', category: 'ConnectionError', reason: 'network' }],
];

for (const [name, fields, expected] of cases) {
  test(`PartnerCenterError: ${name}`, () => {
    const error = new PartnerCenterError({ ...base, ...fields });
    assert.ok(error instanceof PcshError);
    assert.is(error.message, expected.message);
    assert.is(error.errorId, expected.errorId);
    assert.is(error.category, expected.category);
    assert.is(error.reason, expected.reason);
    assert.is(error.exitCode, 1);
    assert.is(error.requestId, 'r-1');
    assert.is(error.correlationId, 'c-1');
  });
}

test('PartnerCenterError renders ConciseView as `<cmdlet>: <description> (<code>, HTTP <status>, request <id>)`', () => {
  const error = new PartnerCenterError({ ...base, status: 404, code: '800008', description: 'Unable to retrieve cart id.' });
  error.commandName = 'Set-PartnerCustomerCart';
  assert.is(formatConcise(error), 'Set-PartnerCustomerCart: Unable to retrieve cart id. (800008, HTTP 404, request r-1)');
  assert.equal(error.toJSON().details?.status, 404);
});

test('error bodies: the fault shape and the 429 shape', () => {
  assert.equal(parseErrorBody('{"code": 800008, "description": "nope", "data": [], "source": "x"}'), { code: '800008', description: 'nope' });
  assert.equal(parseErrorBody('{"Code": "800002", "Description": "bad"}'), { code: '800002', description: 'bad' });
  assert.equal(parseErrorBody('{"statusCode": 429, "message": "Rate limit is exceeded."}'), { description: 'Rate limit is exceeded.' });
  assert.equal(parseErrorBody('<html>'), {});
  assert.equal(parseErrorBody(''), {});
});

test('redaction: Authorization and token/secret/password values, in headers and bodies', () => {
  assert.equal(redactHeaders({ Authorization: 'Bearer eyJ.abc.def', 'MS-RequestId': 'r' }), { Authorization: 'Bearer ***', 'MS-RequestId': 'r' });
  const json = redactBody(JSON.stringify({ refresh_token: 'R', client_secret: 'S', nested: [{ password: 'P', accessToken: 'A' }], quantity: 3 }));
  assert.equal(JSON.parse(json), { refresh_token: '***', client_secret: '***', nested: [{ password: '***', accessToken: '***' }], quantity: 3 });
  const form = redactBody('grant_type=refresh_token&refresh_token=R1&client_secret=S1&scope=x');
  assert.is(form, 'grant_type=refresh_token&refresh_token=***&client_secret=***&scope=x');
  assert.not.match(redactBody('Authorization: Bearer abc.def'), 'abc.def');
});

test.run();
