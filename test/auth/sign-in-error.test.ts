import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeAuthError, signInFailed, tokenAcquisitionFailed } from '../../src/auth/sign-in-error.ts';
import { redact } from '../../src/core/redact.ts';

const wrapped = {
  name: 'ServerError', errorCode: 'invalid_client',
  errorMessage: "Error(s): 7000215 - Timestamp: 2026-01-01 00:00:00Z - Description: AADSTS7000215: Invalid client secret provided. Ensure the secret 'Xy9~secretvalue' is right.\r\nTrace ID: abc\r\nCorrelation ID: def\r\nTimestamp: 2026 - Correlation ID: def - Trace ID: abc",
};

test('msal-wrapped Entra errors reduce to the AADSTS line', () => {
  assert.is(describeAuthError(wrapped).text, "AADSTS7000215: Invalid client secret provided. Ensure the secret 'Xy9~secretvalue' is right.");
});

test('the secret is stripped from the message and the JSON', () => {
  const error = signInFailed(wrapped, ['Xy9~secretvalue']);
  assert.is(error.message, "Sign-in failed: AADSTS7000215: Invalid client secret provided. Ensure the secret '***' is right.");
  assert.not.ok(JSON.stringify(error.toJSON()).includes('Xy9~secretvalue'));
  assert.is(error.cause, undefined, 'the original error (which may hold secrets) is not kept');
});

test('non-Entra errors keep their code', () => {
  assert.is(describeAuthError({ errorCode: 'network_error', errorMessage: 'Network request failed: ECONNREFUSED' }).text, 'network_error: Network request failed: ECONNREFUSED');
  assert.is(describeAuthError(new Error('boom')).text, 'boom');
});

test('invalid_grant on a silent call is TokenExpired with the reconnect hint', () => {
  const error = tokenAcquisitionFailed({ name: 'InteractionRequiredAuthError', errorCode: 'invalid_grant', errorMessage: 'AADSTS70008: expired.' }, []);
  assert.is(error.errorId, 'TokenExpired');
  assert.is(error.message, 'The Partner Center sign-in has expired or was revoked (AADSTS70008: expired.). Run Connect-PartnerCenter again.');
  assert.is(tokenAcquisitionFailed({ errorCode: 'network_error', errorMessage: 'down' }, []).errorId, 'TokenAcquisitionFailed');
});

test('redact strips JWTs and form-encoded secrets even when not listed', () => {
  assert.is(redact('a eyJhbGciOi.eyJzdWIiOiIx.c2ln b', []), 'a *** b');
  assert.is(redact('client_secret=abc&scope=x refresh_token=r1', []), 'client_secret=***&scope=x refresh_token=***');
});

test.run();
