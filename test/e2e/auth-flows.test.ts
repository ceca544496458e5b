/**
 * Issue #5 "done means": the real Connect-PartnerCenter, spawned for every parameter set against
 * the IdP emulator, then cart cmdlets that use the stored context against the Partner Center
 * emulator; the emulator's requests.log (tokenSha256) proves which token reached it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Idp } from '../auth/idp/server.ts';
import {
  APP_ID, APP_SECRET, CERT_APP_ID, PUBLIC_APP_ID, DEFAULT_PUBLIC_CLIENT_ID, TENANT, USER, PC_USER_SCOPE,
  startTestIdp, resetIdp, authSandbox, closeSandboxes, certificates, single, sha16, issuedAccessToken, assertIssuedBy,
  externalAccessToken, grants, type AuthSandbox,
} from './fixtures-auth/harness.ts';

let idp: Idp;
test.before(async () => { idp = await startTestIdp(); });
test.before.each(() => resetIdp(idp));
test.after(async () => { await closeSandboxes(); await idp.close(); });

/** New- then Get-PartnerCustomerCart; both must reach the emulator with `token`. */
async function cartCallsCarry(sandbox: AuthSandbox, token: string, env?: Record<string, string>): Promise<void> {
  const cart = single(await sandbox.newCart(env), 'New-PartnerCustomerCart');
  assert.type(cart.CartId, 'string');
  const got = single(await sandbox.getCart(cart.CartId, env), 'Get-PartnerCustomerCart');
  assert.is(got.CartId, cart.CartId);
  const log = await sandbox.log();
  assert.equal(log.map((e) => [e.method, e.route, e.status]), [['POST', 'createCart', 201], ['GET', 'getCart', 200]]);
  for (const entry of log) assert.is(entry.tokenSha256, sha16(token), `${entry.method} ${entry.path} carried the expected token`);
}

const tokenPolls = () => idp.requests.filter((r) => /device_code$/.test(r.params.grant_type ?? '')).length;

for (const flag of ['-UseDeviceAuthentication', '-Device', '-DeviceCode', '-DeviceAuth']) {
  test(`User, ${flag}: code and URL on stderr, authorization_pending twice, then cart calls carry the issued token`, async () => {
    idp.state.options.pendingPolls = 2;
    const sandbox = await authSandbox(idp);
    const { result, output } = await sandbox.connect([flag, '-Tenant', TENANT]);
    assert.equal(output, { Account: USER, Environment: 'AzureCloud', Tenant: idp.state.options.tenantId, AuthMode: 'DeviceCode', ApplicationId: DEFAULT_PUBLIC_CLIENT_ID });
    assert.match(result.stderr, new RegExp(`open the page ${idp.url}/devicelogin and enter the code [A-Z0-9_-]{8} to authenticate`));
    assert.not.match(result.stdout, /devicelogin/, 'instructions are host text, not output');
    assert.is(tokenPolls(), 3, 'two authorization_pending answers, then success');
    const devicecode = idp.requests.find((r) => r.path.endsWith('/oauth2/v2.0/devicecode'))!;
    assert.is(devicecode.tenant, TENANT);
    assert.match(devicecode.params.scope!, /api\.partnercenter\.microsoft\.com\/user_impersonation/);
    const token = issuedAccessToken(sandbox.configDir, idp);
    idp.requests.length = 0;
    await cartCallsCarry(sandbox, token);
    assert.equal(grants(idp), [], 'the cached token was still valid: no token request');
  });
}

test('User with no display: falls back to device code with a message', async () => {
  const sandbox = await authSandbox(idp);
  const { result, output } = await sandbox.connect([]);
  assert.is(output.AuthMode, 'DeviceCode');
  assert.match(result.stderr, /No browser can be opened here; signing in with a device code instead/);
  assert.match(result.stderr, /enter the code [A-Z0-9_-]{8}/);
  const devicecode = idp.requests.find((r) => r.path.endsWith('/oauth2/v2.0/devicecode'))!;
  assert.is(devicecode.tenant, 'organizations', '-Tenant defaults to organizations');
  await cartCallsCarry(sandbox, issuedAccessToken(sandbox.configDir, idp));
});

test('AccessToken: -AccessToken - reads PCSH_ACCESS_TOKEN; no sign-in; the same token reaches Partner Center', async () => {
  const token = externalAccessToken();
  const sandbox = await authSandbox(idp);
  const { output } = await sandbox.connect(['-AccessToken', '-'], { PCSH_ACCESS_TOKEN: token });
  assert.equal(output, { Account: 'ci@contoso.onmicrosoft.com', Environment: 'AzureCloud', Tenant: '72f988bf-0000-4000-8000-000000000001', AuthMode: 'AccessToken', ApplicationId: APP_ID });
  assert.equal(idp.requests, [], 'no IdP request');
  await cartCallsCarry(sandbox, token);
});

test('AccessToken: -AccessToken env:NAME reads variable NAME', async () => {
  const token = externalAccessToken({ upn: 'pipeline@contoso.onmicrosoft.com' });
  const sandbox = await authSandbox(idp);
  const { output } = await sandbox.connect(['-AccessToken', 'env:MY_PC_TOKEN', '-Tenant', TENANT], { MY_PC_TOKEN: token });
  assert.is(output.Account, 'pipeline@contoso.onmicrosoft.com');
  assert.is(output.Tenant, TENANT);
  await cartCallsCarry(sandbox, token);
});

test('RefreshToken, public client: -ApplicationId -RefreshToken env:NAME', async () => {
  const refreshToken = idp.issueRefreshToken(PUBLIC_APP_ID, PC_USER_SCOPE);
  const sandbox = await authSandbox(idp);
  const { output } = await sandbox.connect(['-ApplicationId', PUBLIC_APP_ID, '-RefreshToken', 'env:PC_RT'], { PC_RT: refreshToken });
  assert.equal(output, { Account: USER, Environment: 'AzureCloud', Tenant: idp.state.options.tenantId, AuthMode: 'RefreshToken', ApplicationId: PUBLIC_APP_ID });
  const grant = idp.requests.find((r) => r.params.grant_type === 'refresh_token')!;
  assert.is(grant.params.client_id, PUBLIC_APP_ID);
  assert.is(grant.params.client_secret, undefined, 'public client: no secret sent');
  assert.is(grant.tenant, 'organizations');
  const token = issuedAccessToken(sandbox.configDir, idp);
  assert.is(assertIssuedBy(token, idp).appid, PUBLIC_APP_ID);
  await cartCallsCarry(sandbox, token);
});

test('RefreshToken, confidential client: -Credential <appId> with PCSH_CLIENT_SECRET', async () => {
  const refreshToken = idp.issueRefreshToken(APP_ID, PC_USER_SCOPE);
  const sandbox = await authSandbox(idp);
  const { output } = await sandbox.connect(['-ApplicationId', APP_ID, '-RefreshToken', 'env:PC_RT', '-Credential', APP_ID, '-Tenant', TENANT],
    { PC_RT: refreshToken, PCSH_CLIENT_SECRET: APP_SECRET });
  assert.is(output.AuthMode, 'RefreshToken');
  assert.is(output.Account, USER);
  const grant = idp.requests.find((r) => r.params.grant_type === 'refresh_token')!;
  assert.is(grant.params.client_id, APP_ID);
  assert.is(grant.params.client_secret, '<present>', 'confidential client: the secret was sent');
  assert.is(grant.tenant, TENANT);
  const token = issuedAccessToken(sandbox.configDir, idp);
  idp.requests.length = 0;
  // The secret is not stored; the still-valid cached token serves later calls without it.
  await cartCallsCarry(sandbox, token);
  assert.equal(grants(idp), []);
});

test('RefreshToken, confidential client, short-lived tokens: a refresh needs PCSH_CLIENT_SECRET and sends it', async () => {
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-ApplicationId', APP_ID, '-RefreshToken', 'env:PC_RT', '-Credential', APP_ID, '-Tenant', TENANT],
    { PC_RT: idp.issueRefreshToken(APP_ID, PC_USER_SCOPE), PCSH_CLIENT_SECRET: APP_SECRET });
  idp.requests.length = 0;
  const withoutSecret = await sandbox.newCart();
  assert.is(withoutSecret.code, 1, withoutSecret.stderr);
  assert.match(withoutSecret.stderr, /client secret is not stored: set PCSH_CLIENT_SECRET, or run Connect-PartnerCenter again/);
  assert.equal(grants(idp), [], 'nothing sent without the secret');
  assert.equal(await sandbox.log(), [], 'Partner Center not called');
  single(await sandbox.newCart({ PCSH_CLIENT_SECRET: APP_SECRET }), 'New-PartnerCustomerCart with the secret');
  const refresh = idp.requests.find((r) => r.params.grant_type === 'refresh_token')!;
  assert.equal([refresh.params.client_id, refresh.params.client_secret], [APP_ID, '<present>']);
  assert.equal((await sandbox.log()).map((e) => e.tokenSha256), [sha16(issuedAccessToken(sandbox.configDir, idp))]);
});

test('RefreshToken, confidential client with a certificate: -ApplicationId -RefreshToken -CertificateThumbprint', async () => {
  const c = certificates();
  idp.state.options.accessTokenLifetimeSeconds = 60; // the cart call refreshes, signing with the certificate again
  const sandbox = await authSandbox(idp, { PCSH_CERTIFICATE_PATH: c.clientPemPath });
  const { output } = await sandbox.connect(['-ApplicationId', CERT_APP_ID, '-RefreshToken', 'env:PC_RT', '-CertificateThumbprint', c.clientThumbprint, '-Tenant', TENANT],
    { PC_RT: idp.issueRefreshToken(CERT_APP_ID, PC_USER_SCOPE) });
  assert.equal([output.AuthMode, output.Account, output.ApplicationId], ['RefreshToken', USER, CERT_APP_ID]);
  idp.requests.length = 0;
  single(await sandbox.newCart(), 'New-PartnerCustomerCart');
  const refresh = idp.requests.find((r) => r.params.grant_type === 'refresh_token')!;
  assert.equal([refresh.params.client_id, refresh.params.client_assertion], [CERT_APP_ID, '<present>']);
  assert.equal((await sandbox.log()).map((e) => e.tokenSha256), [sha16(issuedAccessToken(sandbox.configDir, idp))]);
});

test('ServicePrincipal: -ServicePrincipal -Tenant -Credential <appId> with PCSH_CLIENT_SECRET', async () => {
  const sandbox = await authSandbox(idp);
  const { output } = await sandbox.connect(['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID], { PCSH_CLIENT_SECRET: APP_SECRET });
  assert.equal(output, { Account: APP_ID, Environment: 'AzureCloud', Tenant: TENANT, AuthMode: 'ServicePrincipal', ApplicationId: APP_ID });
  const grant = idp.requests.find((r) => r.path.endsWith('/token'))!;
  assert.equal([grant.params.grant_type, grant.params.client_id, grant.params.client_secret, grant.tenant], ['client_credentials', APP_ID, '<present>', TENANT]);
  assert.is(grant.params.scope, 'https://api.partnercenter.microsoft.com/.default');
  const token = issuedAccessToken(sandbox.configDir, idp);
  assert.is(assertIssuedBy(token, idp).appid, APP_ID);
  idp.requests.length = 0;
  // The secret is not stored; the cached app token serves later calls without it.
  await cartCallsCarry(sandbox, token);
  assert.equal(grants(idp), []);
});

test('ServicePrincipalCertificate: -ApplicationId -CertificateThumbprint <sha1> -Tenant with PCSH_CERTIFICATE_PATH', async () => {
  const c = certificates();
  const sandbox = await authSandbox(idp, { PCSH_CERTIFICATE_PATH: c.clientPemPath });
  const { output } = await sandbox.connect(['-ApplicationId', CERT_APP_ID, '-CertificateThumbprint', c.clientThumbprint, '-Tenant', TENANT]);
  assert.equal(output, { Account: CERT_APP_ID, Environment: 'AzureCloud', Tenant: TENANT, AuthMode: 'ServicePrincipalCertificate', ApplicationId: CERT_APP_ID });
  const grant = idp.requests.find((r) => r.path.endsWith('/token'))!;
  assert.equal([grant.params.grant_type, grant.params.client_id, grant.params.client_assertion, grant.params.client_secret],
    ['client_credentials', CERT_APP_ID, '<present>', undefined]);
  assert.is(grant.params.client_assertion_type, 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  const token = issuedAccessToken(sandbox.configDir, idp);
  assert.is(assertIssuedBy(token, idp).appid, CERT_APP_ID);
  await cartCallsCarry(sandbox, token);
});

test('ServicePrincipalCertificate with -ServicePrincipal too (the original syntax allows it)', async () => {
  const c = certificates();
  const sandbox = await authSandbox(idp, { PCSH_CERTIFICATE_PATH: c.clientPemPath });
  const { output } = await sandbox.connect(['-ServicePrincipal', '-ApplicationId', CERT_APP_ID, '-CertificateThumbprint', c.clientThumbprint, '-Tenant', TENANT]);
  assert.is(output.AuthMode, 'ServicePrincipalCertificate');
  await cartCallsCarry(sandbox, issuedAccessToken(sandbox.configDir, idp));
});

test('short-lived tokens: each later cmdlet call refreshes (refresh_token grant seen by the IdP) and sends the new token', async () => {
  idp.state.options.accessTokenLifetimeSeconds = 60; // inside msal's 5-minute renewal window: "expired" at once
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  issuedAccessToken(sandbox.configDir, idp);
  idp.requests.length = 0;
  const cart = single(await sandbox.newCart(), 'New-PartnerCustomerCart');
  assert.equal(grants(idp), ['refresh_token'], 'first cart call refreshed');
  const first = issuedAccessToken(sandbox.configDir, idp);
  single(await sandbox.getCart(cart.CartId), 'Get-PartnerCustomerCart');
  assert.equal(grants(idp), ['refresh_token', 'refresh_token'], 'second cart call refreshed again');
  const second = issuedAccessToken(sandbox.configDir, idp);
  // (Tokens issued within the same second may be byte-identical: the IdP's JWTs are deterministic.)
  assert.equal((await sandbox.log()).map((e) => e.tokenSha256), [sha16(first), sha16(second)]);
});

test.run();
