/**
 * The IdP emulator's directory and what it has issued: one tenant, one user, confidential
 * applications (secret or certificate), device codes, authorization codes, refresh tokens.
 * Issues JWT-shaped tokens with the claims msal reads (oid, tid, preferred_username, iss, aud,
 * exp, iat, nonce) plus client_info.
 */
import { randomUUID, randomBytes } from 'node:crypto';
import { signJwt } from './jwt.ts';

export interface IdpApp {
  secret?: string;
  certificatePem?: string;
}

export interface IdpOptions {
  tenantId?: string;
  user?: { username: string; oid: string; name: string };
  /** Confidential applications by client id. Any other client id is a public client. */
  apps?: Record<string, IdpApp>;
  /** How many polls of a device code answer authorization_pending before success. */
  pendingPolls?: number;
  accessTokenLifetimeSeconds?: number;
  /** Misbehave like a careless server: echo the client secret in error descriptions. */
  echoSecretsInErrors?: boolean;
}

export interface UserGrant {
  clientId: string;
  scope: string;
  nonce?: string;
}

export interface IdpState {
  options: Required<Omit<IdpOptions, 'apps'>> & { apps: Record<string, IdpApp> };
  deviceCodes: Map<string, { polls: number; grant: UserGrant }>;
  authCodes: Map<string, { challenge: string; redirectUri: string; grant: UserGrant }>;
  refreshTokens: Map<string, { grant: UserGrant; expired: boolean }>;
}

export function createIdpState(options: IdpOptions): IdpState {
  return {
    options: {
      tenantId: options.tenantId ?? '72f988bf-0000-4000-8000-000000000001',
      user: options.user ?? { username: 'admin@contoso.onmicrosoft.com', oid: '11111111-2222-4333-8444-555555555555', name: 'Contoso Admin' },
      apps: options.apps ?? {},
      pendingPolls: options.pendingPolls ?? 0,
      accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
      echoSecretsInErrors: options.echoSecretsInErrors ?? false,
    },
    deviceCodes: new Map(),
    authCodes: new Map(),
    refreshTokens: new Map(),
  };
}

export const randomCode = () => randomBytes(16).toString('base64url');

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The resource an access token is for: the scope without its last path segment. */
function audienceOf(scope: string): string {
  const resourceScope = scope.split(' ').find((s) => s.includes('/')) ?? scope;
  return resourceScope.replace(/\/[^/]*$/, '');
}

export interface Issuer { url: string; key: string }

function accessToken(state: IdpState, issuer: Issuer, claims: Record<string, unknown>, scope: string): string {
  const iat = nowSeconds();
  return signJwt({
    aud: audienceOf(scope), iss: `${issuer.url}/${state.options.tenantId}/v2.0`, iat, nbf: iat,
    exp: iat + state.options.accessTokenLifetimeSeconds, tid: state.options.tenantId, ver: '2.0', ...claims,
  }, issuer.key);
}

/** The token response for a user grant: access, refresh and id token, client_info. */
export function userTokenResponse(state: IdpState, issuer: Issuer, grant: UserGrant): Record<string, unknown> {
  const { user, tenantId } = state.options;
  const iat = nowSeconds();
  const refreshToken = `rt.${randomCode()}`;
  state.refreshTokens.set(refreshToken, { grant: { clientId: grant.clientId, scope: grant.scope }, expired: false });
  const idToken = signJwt({
    aud: grant.clientId, iss: `${issuer.url}/${tenantId}/v2.0`, iat, nbf: iat, exp: iat + 3600,
    oid: user.oid, sub: user.oid, tid: tenantId, preferred_username: user.username, name: user.name, ver: '2.0',
    ...(grant.nonce ? { nonce: grant.nonce } : {}),
  }, issuer.key);
  const resourceScope = grant.scope.split(' ').filter((s) => s.includes('/')).join(' ');
  return {
    token_type: 'Bearer', scope: resourceScope, expires_in: state.options.accessTokenLifetimeSeconds,
    ext_expires_in: state.options.accessTokenLifetimeSeconds,
    access_token: accessToken(state, issuer, { oid: user.oid, upn: user.username, scp: 'user_impersonation', appid: grant.clientId }, resourceScope),
    refresh_token: refreshToken, id_token: idToken,
    client_info: Buffer.from(JSON.stringify({ uid: user.oid, utid: tenantId })).toString('base64url'),
  };
}

/** The token response for client credentials: an app-only access token. */
export function appTokenResponse(state: IdpState, issuer: Issuer, clientId: string, scope: string): Record<string, unknown> {
  return {
    token_type: 'Bearer', expires_in: state.options.accessTokenLifetimeSeconds, ext_expires_in: state.options.accessTokenLifetimeSeconds,
    access_token: accessToken(state, issuer, { oid: randomUUID(), appid: clientId, roles: [] }, scope),
  };
}
