/**
 * The IdP emulator's /oauth2/v2.0/token grants: client_credentials (secret or certificate
 * assertion), device_code, refresh_token and authorization_code (PKCE), with Entra-style
 * AADSTS errors.
 */
import { createHash, randomUUID } from 'node:crypto';
import { assertionProblem } from './jwt.ts';
import { appTokenResponse, userTokenResponse, type IdpState, type Issuer } from './idp-state.ts';

export interface IdpResponse { status: number; body: Record<string, unknown> }

function aadError(status: number, error: string, code: number, description: string): IdpResponse {
  const trace = randomUUID();
  return {
    status,
    body: {
      error, error_codes: [code], trace_id: trace, correlation_id: randomUUID(), timestamp: new Date().toISOString(),
      error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${trace}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${new Date().toISOString()}`,
    },
  };
}

/** Client authentication for a confidential app; null when it passes (or the client is public). */
function authenticateClient(state: IdpState, p: URLSearchParams, tokenUrl: string): IdpResponse | null {
  const clientId = p.get('client_id') ?? '';
  const app = state.options.apps[clientId];
  const secret = p.get('client_secret');
  const assertion = p.get('client_assertion');
  if (!app) {
    if (secret === null && assertion === null) return null;
    return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory 'Contoso'.`);
  }
  if (app.secret !== undefined && secret !== null) {
    if (secret === app.secret) return null;
    const echo = state.options.echoSecretsInErrors ? ` (received '${secret}')` : '';
    return aadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'${echo}.`);
  }
  if (app.certificatePem !== undefined && assertion !== null) {
    const problem = assertionProblem(assertion, app.certificatePem, clientId, tokenUrl, Math.floor(Date.now() / 1000));
    if (problem === null) return null;
    return aadError(401, 'invalid_client', 700027, `Client assertion failed signature validation (${problem}).`);
  }
  return aadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
}

function deviceCodeGrant(state: IdpState, issuer: Issuer, p: URLSearchParams): IdpResponse {
  const entry = state.deviceCodes.get(p.get('device_code') ?? '');
  if (!entry) return aadError(400, 'invalid_grant', 70000, 'The provided value for the input parameter device_code is not valid.');
  if (entry.polls < state.options.pendingPolls) {
    entry.polls += 1;
    return aadError(400, 'authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
  }
  state.deviceCodes.delete(p.get('device_code') ?? '');
  return { status: 200, body: userTokenResponse(state, issuer, entry.grant) };
}

function refreshTokenGrant(state: IdpState, issuer: Issuer, p: URLSearchParams): IdpResponse {
  const token = p.get('refresh_token') ?? '';
  const entry = state.refreshTokens.get(token);
  if (!entry || entry.expired) {
    return aadError(400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.');
  }
  if (entry.grant.clientId !== p.get('client_id')) return aadError(400, 'invalid_grant', 70000, 'The refresh token was issued to a different client.');
  state.refreshTokens.delete(token); // rotated, as Entra does for public clients
  return { status: 200, body: userTokenResponse(state, issuer, { clientId: entry.grant.clientId, scope: p.get('scope') ?? entry.grant.scope }) };
}

function authorizationCodeGrant(state: IdpState, issuer: Issuer, p: URLSearchParams): IdpResponse {
  const entry = state.authCodes.get(p.get('code') ?? '');
  state.authCodes.delete(p.get('code') ?? '');
  const verifier = p.get('code_verifier') ?? '';
  if (!entry || entry.redirectUri !== p.get('redirect_uri') || createHash('sha256').update(verifier).digest('base64url') !== entry.challenge) {
    return aadError(400, 'invalid_grant', 70000, 'The provided value for the input parameter code is not valid.');
  }
  return { status: 200, body: userTokenResponse(state, issuer, entry.grant) };
}

export function tokenGrant(state: IdpState, issuer: Issuer, p: URLSearchParams, tokenUrl: string): IdpResponse {
  const refused = authenticateClient(state, p, tokenUrl);
  if (refused) return refused;
  switch (p.get('grant_type')) {
    case 'client_credentials':
      if (!state.options.apps[p.get('client_id') ?? '']) return aadError(400, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
      return { status: 200, body: appTokenResponse(state, issuer, p.get('client_id') ?? '', p.get('scope') ?? '') };
    case 'urn:ietf:params:oauth:grant-type:device_code':
    case 'device_code': // what msal-node sends; Entra accepts both
      return deviceCodeGrant(state, issuer, p);
    case 'refresh_token':
      return refreshTokenGrant(state, issuer, p);
    case 'authorization_code':
      return authorizationCodeGrant(state, issuer, p);
    default:
      return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${p.get('grant_type')}'.`);
  }
}
