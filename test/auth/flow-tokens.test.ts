import { withTrustedTestCa } from './idp/trusted-ca.ts';
const certs = withTrustedTestCa(import.meta.url);

import { test } from './helpers/uvu-test.ts';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startIdp, type Idp } from './idp/server.ts';
import { actLikeBrowser } from './idp/test-browser.ts';
import { flowRun, APP_ID, APP_SECRET, TENANT, failure } from './helpers/flow-fixture.ts';
import { fakeContext } from './helpers/fake-context.ts';
import { readContext } from '../../src/auth/context-store.ts';
import { signIn } from '../../src/auth/sign-in.ts';
import { resolveEnvironment } from '../../src/auth/environments.ts';
import disconnect from '../../src/cmdlets/disconnect-partner-center.ts';

const SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation offline_access';
let idp: Idp;
test.before(async () => {
  idp = await startIdp({ key: certs.serverKey, cert: certs.serverCert, apps: { [APP_ID]: { secret: APP_SECRET } } });
});
test.after(() => idp.close());
test.before.each(() => { idp.requests.length = 0; idp.state.options.accessTokenLifetimeSeconds = 3600; });

test('RefreshToken (public client): refresh grant, account from the id token', async () => {
  const run = flowRun(idp);
  const refreshToken = idp.issueRefreshToken('1950a258-227b-4e31-a9cf-717495945fc2', SCOPE);
  const output = (await run.connect('RefreshToken', { ApplicationId: '1950a258-227b-4e31-a9cf-717495945fc2', RefreshToken: refreshToken })) as Record<string, unknown>;
  assert.is(output.Account, 'admin@contoso.onmicrosoft.com');
  assert.is(output.AuthMode, 'RefreshToken');
  const grant = idp.requests.find((r) => r.params.grant_type === 'refresh_token')!;
  assert.is(grant.tenant, 'organizations');
  assert.is(grant.params.client_secret, undefined);
  assert.not.ok(run.everything().includes(refreshToken.slice(3)), 'the given refresh token is not echoed anywhere');
});

test('RefreshToken with -Credential: confidential client sends the secret', async () => {
  const run = flowRun(idp);
  const refreshToken = idp.issueRefreshToken(APP_ID, SCOPE);
  await run.connect('RefreshToken', { ApplicationId: APP_ID, RefreshToken: refreshToken, Credential: { UserName: APP_ID, Password: APP_SECRET }, Tenant: TENANT });
  assert.is(idp.requests.find((r) => r.params.grant_type === 'refresh_token')!.params.client_secret, '<present>');
  assert.is(readContext(run.configDir)!.confidentialClient, true);
  assert.not.ok(run.everything().includes(APP_SECRET));
});

test('RefreshToken expired at Connect: AADSTS70008 shown cleanly, refresh token stripped', async () => {
  const run = flowRun(idp);
  const error = await failure(run.connect('RefreshToken', { ApplicationId: '1950a258-227b-4e31-a9cf-717495945fc2', RefreshToken: 'rt.unknown-or-expired-token-value' }));
  assert.match(error.message, /^Sign-in failed: AADSTS70008: The provided authorization code or refresh token has expired/);
  assert.not.ok(run.everything().includes('unknown-or-expired-token-value'));
});

test('AccessToken: `-` reads PCSH_ACCESS_TOKEN; token stored 0600 beside, not in, context.json; msal not used', async () => {
  const claims = { upn: 'ci@contoso.com', tid: 'tid-1', exp: Math.floor(Date.now() / 1000) + 3600 };
  const token = `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  const run = flowRun(idp, { PCSH_ACCESS_TOKEN: token });
  const output = await run.connect('AccessToken', { AccessToken: '-' });
  assert.equal(output, { Account: 'ci@contoso.com', Environment: 'AzureCloud', Tenant: 'tid-1', AuthMode: 'AccessToken' });
  assert.not.ok(readFileSync(join(run.configDir, 'context.json'), 'utf8').includes(token));
  if (process.platform !== 'win32') assert.is(statSync(join(run.configDir, 'access-token.json')).mode & 0o777, 0o600);
  assert.is(await run.token(), token);
  assert.is(idp.requests.length, 0);
  await disconnect({}, fakeContext({ env: run.env }).context);
  assert.not.ok(existsSync(join(run.configDir, 'access-token.json')));
});

test('AccessToken: env:NAME, expired tokens refused, missing variable is a usage error', async () => {
  const expired = `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ exp: 1000 })).toString('base64url')}.sig`;
  const run = flowRun(idp, { MY_TOKEN: expired });
  assert.is((await failure(run.connect('AccessToken', { AccessToken: 'env:MY_TOKEN' }))).errorId, 'TokenExpired');
  const missing = await failure(run.connect('AccessToken', { AccessToken: 'env:NOPE' }));
  assert.is(missing.exitCode, 2);
  const opaque = flowRun(idp);
  const output = (await opaque.connect('AccessToken', { AccessToken: 'opaque-token-value', Tenant: TENANT })) as Record<string, unknown>;
  assert.is(output.Tenant, TENANT);
  assert.is(await opaque.token(), 'opaque-token-value');
});

test('Interactive: browser flow with PKCE through msal\'s loopback server', async () => {
  const run = flowRun(idp, { DISPLAY: ':0' });
  const { context } = fakeContext({ env: run.env });
  const opened: string[] = [];
  const stored = await signIn('User', {}, resolveEnvironment('AzureCloud', run.env), {
    configDir: run.configDir, env: run.env, streams: context, platform: 'linux',
    openBrowser: async (url) => { opened.push(url); await actLikeBrowser(url); },
  });
  assert.is(stored.authMode, 'Interactive');
  assert.is(stored.account, 'admin@contoso.onmicrosoft.com');
  assert.match(opened[0]!, /\/organizations\/oauth2\/v2\.0\/authorize\?/);
  const grant = idp.requests.find((r) => r.params.grant_type === 'authorization_code')!;
  assert.is(grant.params.code_verifier, '<present>');
  assert.match(grant.params.redirect_uri!, /^http:\/\/localhost:\d+/);
});

test('Interactive: a browser that cannot be opened falls back to device code', async () => {
  const run = flowRun(idp, { DISPLAY: ':0' });
  const { context, captured } = fakeContext({ env: run.env });
  const stored = await signIn('User', {}, resolveEnvironment('AzureCloud', run.env), {
    configDir: run.configDir, env: run.env, streams: context, platform: 'linux',
    openBrowser: async () => { throw new Error('spawn xdg-open ENOENT'); },
  });
  assert.is(stored.authMode, 'DeviceCode');
  assert.match(captured.host.join('\n'), /Could not open a browser; signing in with a device code instead\.[\s\S]*enter the code/);
});

test('Disconnect removes only the connected account\'s tokens', async () => {
  const user = flowRun(idp);
  await user.connect('User', { UseDeviceAuthentication: true });
  // A service principal signed in with the same config dir, then the user again.
  const sharedEnv = { ...user.env, PCSH_CLIENT_SECRET: APP_SECRET };
  const { context: spContext } = fakeContext({ parameterSet: 'ServicePrincipal', env: sharedEnv });
  const connect = (await import('../../src/cmdlets/connect-partner-center.ts')).default;
  await connect({ ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID } }, spContext);
  const cacheWithBoth = readFileSync(join(user.configDir, 'msal-cache.json'), 'utf8');
  assert.ok(cacheWithBoth.includes(APP_ID), 'app token cached');
  assert.not.ok(cacheWithBoth.includes('admin@contoso.onmicrosoft.com'), 'switching accounts forgot the previous user');
  await user.connect('User', { UseDeviceAuthentication: true });
  const cachePath = join(user.configDir, 'msal-cache.json');
  const cache = JSON.parse(readFileSync(cachePath, 'utf8'));
  cache.RefreshToken['other-key'] = { home_account_id: 'someone-else.tenant', client_id: 'x', credential_type: 'RefreshToken', secret: 'other-rt' };
  writeFileSync(cachePath, JSON.stringify(cache), { mode: 0o600 });
  await disconnect({}, fakeContext({ env: user.env }).context);
  const after = readFileSync(join(user.configDir, 'msal-cache.json'), 'utf8');
  assert.not.ok(after.includes('admin@contoso.onmicrosoft.com'));
  assert.equal(Object.keys(JSON.parse(after).RefreshToken), ['other-key'], 'only the other account\'s token is left');
  assert.is(readContext(user.configDir), null);
});

test.run();
