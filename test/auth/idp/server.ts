/**
 * A test-only Entra ID (identity provider) emulator over real HTTPS on 127.0.0.1: OpenID
 * discovery, instance discovery, device code, authorize (auto-consent redirect) and token
 * endpoints. Records every request, with secrets replaced, so tests can assert what was sent.
 * Not part of the shipped code.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdpState, randomCode, type IdpOptions, type IdpState, type Issuer } from './idp-state.ts';
import { tokenGrant, type IdpResponse } from './token-grants.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  tenant: string;
  /** Form or query parameters; client_secret, client_assertion, refresh_token, device_code, code values replaced by '<present>'. */
  params: Record<string, string>;
}

export interface Idp {
  url: string;
  requests: RecordedRequest[];
  state: IdpState;
  /** A refresh token for the user, as if obtained elsewhere (for -RefreshToken). */
  issueRefreshToken(clientId: string, scope: string): string;
  /** Makes every refresh token issued so far expired (invalid_grant AADSTS70008). */
  expireRefreshTokens(): void;
  close(): Promise<void>;
}

const SECRET_PARAMS = new Set(['client_secret', 'client_assertion', 'refresh_token', 'device_code', 'code', 'code_verifier']);

function record(method: string, path: string, tenant: string, params: URLSearchParams): RecordedRequest {
  const safe: Record<string, string> = {};
  for (const [k, v] of params) safe[k] = SECRET_PARAMS.has(k) ? '<present>' : v;
  return { method, path, tenant, params: safe };
}

function openidConfiguration(url: string, tenant: string): Record<string, unknown> {
  const base = `${url}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`, authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`, end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`, issuer: `${url}/{tenantid}/v2.0`,
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'], scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    tenant_region_scope: 'WW', cloud_instance_name: 'pcsh.test',
  };
}

const escapeHtml = (v: string) => v.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The user "consents" at once: a form_post page carrying the code to the redirect URI (as msal asks). */
function authorize(state: IdpState, p: URLSearchParams): IdpResponse & { html?: string } {
  const code = randomCode();
  const redirectUri = p.get('redirect_uri') ?? '';
  state.authCodes.set(code, { challenge: p.get('code_challenge') ?? '', redirectUri, grant: { clientId: p.get('client_id') ?? '', scope: p.get('scope') ?? '', nonce: p.get('nonce') ?? undefined } });
  const fields = { code, state: p.get('state') ?? '' };
  const inputs = Object.entries(fields).map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`).join('');
  return { status: 200, body: {}, html: `<html><body onload="document.forms[0].submit()"><form method="post" action="${escapeHtml(redirectUri)}">${inputs}</form></body></html>` };
}

function route(state: IdpState, issuer: Issuer, method: string, url: URL, p: URLSearchParams): IdpResponse & { html?: string } {
  const [, tenant = '', ...rest] = url.pathname.split('/');
  const tail = rest.join('/');
  const host = new URL(issuer.url).host;
  if (tail === 'discovery/instance') {
    return { status: 200, body: { tenant_discovery_endpoint: `${issuer.url}/${tenant}/v2.0/.well-known/openid-configuration`, 'api-version': '1.1', metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }] } };
  }
  if (tail === 'v2.0/.well-known/openid-configuration') return { status: 200, body: openidConfiguration(issuer.url, tenant) };
  if (tail === 'oauth2/v2.0/devicecode' && method === 'POST') {
    const code = randomCode();
    const userCode = code.slice(0, 8).toUpperCase();
    state.deviceCodes.set(code, { polls: 0, grant: { clientId: p.get('client_id') ?? '', scope: p.get('scope') ?? '' } });
    const verification = `${issuer.url}/devicelogin`;
    return { status: 200, body: { device_code: code, user_code: userCode, verification_uri: verification, expires_in: 900, interval: 0,
      message: `To sign in, use a web browser to open the page ${verification} and enter the code ${userCode} to authenticate.` } };
  }
  if (tail === 'oauth2/v2.0/authorize' && method === 'GET') return authorize(state, p);
  if (tail === 'oauth2/v2.0/token' && method === 'POST') return tokenGrant(state, issuer, p, `${issuer.url}${url.pathname}`);
  return { status: 404, body: { error: 'not_found', error_description: `no route ${method} ${url.pathname}` } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

function handler(state: IdpState, issuer: Issuer, requests: RecordedRequest[]) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer.url);
    const params = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
    requests.push(record(req.method ?? 'GET', url.pathname, url.pathname.split('/')[1] ?? '', params));
    const result = route(state, issuer, req.method ?? 'GET', url, params);
    if (result.html !== undefined) {
      res.writeHead(result.status, { 'content-type': 'text/html; charset=utf-8' }).end(result.html);
      return;
    }
    res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result.body));
  };
}

export async function startIdp(options: IdpOptions & { key: string; cert: string }): Promise<Idp> {
  const state = createIdpState(options);
  const requests: RecordedRequest[] = [];
  const issuer: Issuer = { url: '', key: options.key };
  const server: Server = createServer({ key: options.key, cert: options.cert }, handler(state, issuer, requests));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: issuer.url,
    requests,
    state,
    issueRefreshToken(clientId, scope) {
      const token = `rt.${randomCode()}`;
      state.refreshTokens.set(token, { grant: { clientId, scope }, expired: false });
      return token;
    },
    expireRefreshTokens() {
      for (const entry of state.refreshTokens.values()) entry.expired = true;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
