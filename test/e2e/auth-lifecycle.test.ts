/**
 * Sign-in failures, token refresh and expiry across cmdlet calls, Disconnect-PartnerCenter and
 * -WhatIf, with the real commands spawned against the IdP and Partner Center emulators.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Idp } from '../auth/idp/server.ts';
import {
  APP_ID, APP_SECRET, CERT_APP_ID, PUBLIC_APP_ID, TENANT, PC_USER_SCOPE, certificates,
  startTestIdp, resetIdp, authSandbox, closeSandboxes, single, expectFailure, sha16, issuedAccessToken, externalAccessToken,
  grants, readCache, type AuthSandbox,
} from './fixtures-auth/harness.ts';

let idp: Idp;
test.before(async () => { idp = await startTestIdp(); });
test.before.each(() => { resetIdp(idp); idp.state.options.echoSecretsInErrors = false; });
test.after(async () => { await closeSandboxes(); await idp.close(); });

const NOT_CONNECTED = /Unable to find a connection to Partner Center\. Run Connect-PartnerCenter to sign in/;

function nothingStored(sandbox: AuthSandbox): void {
  const files = existsSync(sandbox.configDir) ? readdirSync(sandbox.configDir).filter((f) => f !== '.pcsh.lock') : [];
  assert.equal(files, [], 'nothing stored');
}

test('wrong client secret: AADSTS error on stderr, exit 1, secret absent, nothing stored', async () => {
  const sandbox = await authSandbox(idp);
  const wrong = 'Wr0ng~secret.value-typed_by-mistake';
  const result = await sandbox.run('Connect-PartnerCenter', ['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID, '-Verbose', '-Debug'],
    { env: { PCSH_CLIENT_SECRET: wrong } });
  expectFailure(result, 1, /AADSTS7000215: Invalid client secret provided/, 'Connect with a wrong secret');
  assert.match(result.stderr, /^Connect-PartnerCenter: Sign-in failed: AADSTS7000215/m);
  assert.not.match(result.stderr, /Trace ID|Correlation ID|at .*\.js:\d+/, 'clean message: no trace ids, no stack');
  assert.is(result.stdout, '');
  assert.not.ok((result.stdout + result.stderr).includes(wrong), 'the secret is not shown');
  nothingStored(sandbox);
});

test('wrong secret at an IdP that echoes it back: still redacted on every stream', async () => {
  idp.state.options.echoSecretsInErrors = true;
  const sandbox = await authSandbox(idp);
  const wrong = 'Echoed~secret.value-never_shown';
  const result = await sandbox.run('Connect-PartnerCenter', ['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID, '-Verbose', '-Debug'],
    { env: { PCSH_CLIENT_SECRET: wrong } });
  expectFailure(result, 1, /AADSTS7000215/, 'Connect with a wrong secret');
  assert.not.ok((result.stdout + result.stderr).includes(wrong));
});

test('no client secret and no terminal: a clear usage error, nothing sent', async () => {
  const sandbox = await authSandbox(idp);
  const result = await sandbox.run('Connect-PartnerCenter', ['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID]);
  expectFailure(result, 2, /No client secret for application '0a0a0a0a-1111-4222-8333-444444444444'\. Set PCSH_CLIENT_SECRET/, 'Connect without a secret');
  assert.equal(grants(idp), []);
  nothingStored(sandbox);
});

test('wrong secret for a confidential -RefreshToken sign-in: AADSTS error, neither secret nor refresh token shown', async () => {
  const refreshToken = idp.issueRefreshToken(APP_ID, PC_USER_SCOPE);
  const sandbox = await authSandbox(idp);
  const wrong = 'Another~wrong.secret-value_42';
  const result = await sandbox.run('Connect-PartnerCenter', ['-ApplicationId', APP_ID, '-RefreshToken', 'env:PC_RT', '-Credential', APP_ID, '-Debug'],
    { env: { PC_RT: refreshToken, PCSH_CLIENT_SECRET: wrong } });
  expectFailure(result, 1, /Sign-in failed: AADSTS7000215/, 'Connect -RefreshToken with a wrong secret');
  assert.not.ok(result.stderr.includes(wrong) || result.stderr.includes(refreshToken.slice(3)));
  nothingStored(sandbox);
});

test('certificate problems are clear usage errors before anything is sent', async () => {
  const c = certificates();
  const sandbox = await authSandbox(idp);
  const args = ['-ApplicationId', CERT_APP_ID, '-CertificateThumbprint', c.clientThumbprint, '-Tenant', TENANT];
  expectFailure(await sandbox.run('Connect-PartnerCenter', args), 2, /Set PCSH_CERTIFICATE_PATH to a PEM file holding the certificate with thumbprint/, 'no PCSH_CERTIFICATE_PATH');
  const wrongThumbprint = ['-ApplicationId', CERT_APP_ID, '-CertificateThumbprint', '3F2A9C0B7D1E4F5A6B7C8D9E0F1A2B3C4D5E6F70', '-Tenant', TENANT];
  const result = await sandbox.run('Connect-PartnerCenter', wrongThumbprint, { env: { PCSH_CERTIFICATE_PATH: c.clientPemPath } });
  expectFailure(result, 2, /has no certificate with thumbprint 3F2A9C0B7D1E4F5A6B7C8D9E0F1A2B3C4D5E6F70 \(found: [0-9A-F]{40}\)/, 'wrong thumbprint');
  assert.not.match(result.stderr, /PRIVATE KEY/);
  assert.equal(grants(idp), []);
  nothingStored(sandbox);
});

test('service principal, token expired: without PCSH_CLIENT_SECRET a clear error, with it a new client_credentials token is sent', async () => {
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID], { PCSH_CLIENT_SECRET: APP_SECRET });
  idp.requests.length = 0;
  expectFailure(await sandbox.newCart(), 1, /token of application 0a0a0a0a-1111-4222-8333-444444444444 has expired and its client secret is not stored: set PCSH_CLIENT_SECRET/, 'cart call without the secret');
  assert.equal(grants(idp), []);
  single(await sandbox.newCart({ PCSH_CLIENT_SECRET: APP_SECRET }), 'New-PartnerCustomerCart with the secret');
  assert.equal(grants(idp), ['client_credentials']);
  assert.equal((await sandbox.log()).map((e) => e.tokenSha256), [sha16(issuedAccessToken(sandbox.configDir, idp))]);
});

test('expired refresh token at Connect: AADSTS70008 shown cleanly, the token absent, nothing stored', async () => {
  const refreshToken = idp.issueRefreshToken(PUBLIC_APP_ID, PC_USER_SCOPE);
  idp.expireRefreshTokens();
  const sandbox = await authSandbox(idp);
  const result = await sandbox.run('Connect-PartnerCenter', ['-ApplicationId', PUBLIC_APP_ID, '-RefreshToken', 'env:PC_RT', '-Debug'], { env: { PC_RT: refreshToken } });
  expectFailure(result, 1, /Sign-in failed: AADSTS70008: The provided authorization code or refresh token has expired/, 'Connect with an expired refresh token');
  assert.not.ok((result.stdout + result.stderr).includes(refreshToken.slice(3)));
  nothingStored(sandbox);
});

test('refresh token expired after Connect: the next cart call says to run Connect-PartnerCenter again (exit 1), Partner Center not called', async () => {
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  const refreshTokens = Object.values(readCache(sandbox.configDir).RefreshToken ?? {}).map((e) => e.secret!);
  idp.expireRefreshTokens();
  idp.requests.length = 0;
  const result = await sandbox.newCart();
  expectFailure(result, 1, /AADSTS70008: The provided authorization code or refresh token has expired.*Run Connect-PartnerCenter again\./s, 'cart call with an expired refresh token');
  assert.equal(grants(idp), ['refresh_token'], 'a refresh was attempted');
  assert.equal(await sandbox.log(), [], 'no Partner Center request');
  for (const rt of refreshTokens) assert.not.ok(result.stderr.includes(rt));
});

test('token refresh on the next cmdlet call: a valid token is reused, a stale one refreshed and the new one sent', async () => {
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  const first = issuedAccessToken(sandbox.configDir, idp);
  idp.requests.length = 0;
  const cart = single(await sandbox.newCart(), 'New-PartnerCustomerCart');
  assert.equal(grants(idp), [], 'valid cached token: no token request');
  // Time passes: msal now finds the cached token inside its renewal window.
  const path = join(sandbox.configDir, 'msal-cache.json');
  const cache = JSON.parse(readFileSync(path, 'utf8'));
  for (const entry of Object.values(cache.AccessToken) as { expires_on: string; extended_expires_on?: string }[]) {
    entry.expires_on = String(Math.floor(Date.now() / 1000) + 30);
    if (entry.extended_expires_on) entry.extended_expires_on = entry.expires_on;
  }
  writeFileSync(path, JSON.stringify(cache), { mode: 0o600 });
  single(await sandbox.getCart(cart.CartId), 'Get-PartnerCustomerCart');
  assert.equal(grants(idp), ['refresh_token'], 'the second call refreshed');
  const second = issuedAccessToken(sandbox.configDir, idp);
  assert.equal((await sandbox.log()).map((e) => e.tokenSha256), [sha16(first), sha16(second)]);
});

test('Disconnect-PartnerCenter: removes the context and that account\'s tokens only; cart cmdlets then say not connected', async () => {
  // Another application's cached token in the same cache file (as if left by another tool).
  const other = await authSandbox(idp);
  await other.connect(['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID], { PCSH_CLIENT_SECRET: APP_SECRET });
  const otherEntries = readCache(other.configDir).AccessToken!;

  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  const path = join(sandbox.configDir, 'msal-cache.json');
  const cache = JSON.parse(readFileSync(path, 'utf8'));
  Object.assign(cache.AccessToken, otherEntries);
  writeFileSync(path, JSON.stringify(cache), { mode: 0o600 });
  writeFileSync(join(sandbox.configDir, 'notes.txt'), 'not pcsh\'s', { mode: 0o600 });
  idp.requests.length = 0;

  const result = await sandbox.run('Disconnect-PartnerCenter', ['-Verbose']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout, '');
  assert.match(result.stderr, /Disconnected admin@contoso\.onmicrosoft\.com from Partner Center \(AzureCloud\)/);
  assert.equal(idp.requests, [], 'no sign-out request');
  assert.not.ok(existsSync(join(sandbox.configDir, 'context.json')), 'context removed');
  const after = readCache(sandbox.configDir);
  for (const section of ['Account', 'IdToken', 'AccessToken', 'RefreshToken'] as const) {
    const left = Object.values(after[section] ?? {});
    assert.ok(left.every((e) => !e.home_account_id), `${section}: the user's entries are gone`);
  }
  assert.equal(Object.keys(after.AccessToken ?? {}), Object.keys(otherEntries), 'the other application\'s token is kept');
  assert.ok(existsSync(join(sandbox.configDir, 'notes.txt')), 'other files are kept');

  expectFailure(await sandbox.newCart(), 1, NOT_CONNECTED, 'cart call after Disconnect');
  assert.equal(await sandbox.log(), [], 'no Partner Center request');
  const again = await sandbox.run('Disconnect-PartnerCenter', []);
  assert.is(again.code, 0, 'disconnecting twice is fine');
});

test('Disconnect after -AccessToken removes the stored access token', async () => {
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-AccessToken', '-'], { PCSH_ACCESS_TOKEN: externalAccessToken() });
  assert.ok(existsSync(join(sandbox.configDir, 'access-token.json')));
  assert.is((await sandbox.run('Disconnect-PartnerCenter', [])).code, 0);
  assert.equal(readdirSync(sandbox.configDir).filter((f) => f !== '.pcsh.lock'), []);
  expectFailure(await sandbox.getCart('8d388033-909f-43a1-a04f-9c01fea6858e'), 1, NOT_CONNECTED, 'cart call after Disconnect');
});

test('Connect as someone else replaces the context and forgets the previous account\'s tokens', async () => {
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  await sandbox.connect(['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID], { PCSH_CLIENT_SECRET: APP_SECRET });
  const cache = readCache(sandbox.configDir);
  for (const section of ['Account', 'IdToken', 'AccessToken', 'RefreshToken'] as const) {
    assert.ok(Object.values(cache[section] ?? {}).every((e) => !e.home_account_id), `${section}: no user entries left`);
  }
  const token = issuedAccessToken(sandbox.configDir, idp);
  single(await sandbox.newCart(), 'New-PartnerCustomerCart');
  assert.equal((await sandbox.log()).map((e) => e.tokenSha256), [sha16(token)]);
});

test('-WhatIf: a What if line, exit 0, no output object, nothing stored, no IdP request', async () => {
  const sandbox = await authSandbox(idp);
  const sets: [string[], Record<string, string>][] = [
    [['-UseDeviceAuthentication'], {}],
    [['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID], { PCSH_CLIENT_SECRET: APP_SECRET }],
    [['-ApplicationId', PUBLIC_APP_ID, '-RefreshToken', 'env:PC_RT'], { PC_RT: idp.issueRefreshToken(PUBLIC_APP_ID, PC_USER_SCOPE) }],
    [['-AccessToken', '-'], { PCSH_ACCESS_TOKEN: externalAccessToken() }],
  ];
  for (const [args, env] of sets) {
    const result = await sandbox.run('Connect-PartnerCenter', [...args, '-WhatIf'], { env });
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, '', 'no output object');
    assert.match(result.stderr, /^What if: Performing the operation "Connect-PartnerCenter" on target "Connects to Partner Center \(AzureCloud\)\."/m);
    assert.not.match(result.stderr, /devicelogin|enter the code/);
    nothingStored(sandbox);
  }
  assert.equal(idp.requests, [], 'no IdP request');
});

test('-WhatIf while connected leaves the stored context and tokens as they were', async () => {
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  const before = readdirSync(sandbox.configDir).sort().map((f) => [f, readFileSync(join(sandbox.configDir, f), 'utf8')]);
  idp.requests.length = 0;
  const connect = await sandbox.run('Connect-PartnerCenter', ['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID, '-WhatIf'], { env: { PCSH_CLIENT_SECRET: APP_SECRET } });
  assert.is(connect.code, 0, connect.stderr);
  const disconnect = await sandbox.run('Disconnect-PartnerCenter', ['-WhatIf']);
  assert.is(disconnect.code, 0, disconnect.stderr);
  assert.match(disconnect.stderr, /^What if: Performing the operation "Disconnect-PartnerCenter"/m);
  assert.equal(readdirSync(sandbox.configDir).sort().map((f) => [f, readFileSync(join(sandbox.configDir, f), 'utf8')]), before);
  assert.equal(idp.requests, []);
});

test.run();
