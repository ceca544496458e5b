/** Pure parts of src/core: redaction (one module for every stream) and where a token may be sent. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { redact, redactBody, redactHeaders } from '../../src/core/redact.ts';
import { insecureEndpointReason, isLoopbackHost } from '../../src/core/endpoint-policy.ts';

const JWT = 'eyJhbGciOiJub25lIn0.eyJ1cG4iOiJhQGIuYyJ9.c2lnbmF0dXJl';

test('redact: known secrets anywhere, token-shaped values always', () => {
  const cases: [string, string, string[]][] = [
    ['the token opaque-1234 was rejected', 'the token *** was rejected', ['opaque-1234']],
    [`jwt ${JWT} here`, 'jwt *** here', []],
    ['Authorization: Bearer abc.def-ghi', 'Authorization: Bearer ***', []],
    ['client_secret=s3cr3t&x=1', 'client_secret=***&x=1', []],
    ['{"refresh_token": "rt-value"}', '{"refresh_token": "***"}', []],
    ['short abc stays', 'short abc stays', ['abc']],
    ['nothing secret', 'nothing secret', [undefined as unknown as string]],
  ];
  for (const [input, expected, secrets] of cases) assert.is(redact(input, secrets), expected, input);
});

test('redactBody and redactHeaders: JSON by key and by value; Authorization keeps only its scheme', () => {
  assert.is(redactBody('{"description":"bad opaque-1234","access_token":"x","n":{"secret":5}}', ['opaque-1234']),
    '{"description":"bad ***","access_token":"***","n":{"secret":"***"}}');
  assert.is(redactBody('not json opaque-1234', ['opaque-1234']), 'not json ***');
  assert.is(redactBody(undefined), '');
  assert.equal(redactHeaders({ Authorization: 'Bearer opaque-1234', 'X-Echo': 'opaque-1234', 'X-Api-Token': 'v' }, ['opaque-1234']),
    { Authorization: 'Bearer ***', 'X-Echo': '***', 'X-Api-Token': '***' });
});

test('insecureEndpointReason: https anywhere, http only to loopback, nothing else', () => {
  const allowed = ['https://api.partnercenter.microsoft.com', 'http://127.0.0.1:8990', 'http://localhost:1', 'http://[::1]:80/x', 'http://127.1.2.3'];
  for (const url of allowed) assert.is(insecureEndpointReason(url), undefined, url);
  const refused: [string, string][] = [
    ['http://partner.example.com', 'plain http:// is only allowed for loopback'],
    ['http://127.0.0.1.evil.com', 'plain http:// is only allowed for loopback'],
    ['http://10.0.0.1', 'plain http:// is only allowed for loopback'],
    ['http://localhost.example', 'plain http:// is only allowed for loopback'],
    ['ftp://127.0.0.1', "the scheme 'ftp:' is not https:"],
    ['https://user:pw@host', 'carries a user name or password'],
    ['not a url', 'is not an absolute URL'],
  ];
  for (const [url, why] of refused) assert.match(insecureEndpointReason(url) ?? '', why, url);
  assert.ok(isLoopbackHost('LOCALHOST') && !isLoopbackHost('127.0.0.256'));
});

test.run();
