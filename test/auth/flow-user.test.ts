import { withTrustedTestCa } from './idp/trusted-ca.ts';
const certs = withTrustedTestCa(import.meta.url);

import { test } from './helpers/uvu-test.ts';
import * as assert from 'uvu/assert';
import { startIdp, type Idp } from './idp/server.ts';
import { flowRun } from './helpers/flow-fixture.ts';
import { readContext } from '../../src/auth/context-store.ts';
import { PcshError } from '../../src/core/error-record.ts';

let idp: Idp;
test.before(async () => {
  idp = await startIdp({ key: certs.serverKey, cert: certs.serverCert, pendingPolls: 2 });
});
test.after(() => idp.close());
test.before.each(() => { idp.requests.length = 0; idp.state.options.pendingPolls = 2; idp.state.options.accessTokenLifetimeSeconds = 3600; });

const polls = () => idp.requests.filter((r) => /device_code$/.test(r.params.grant_type ?? '')).length;

test('device code: instructions on the host stream, authorization_pending twice, then signed in', async () => {
  const run = flowRun(idp);
  const output = await run.connect('User', { UseDeviceAuthentication: true, Tenant: 'contoso.onmicrosoft.com' });
  assert.equal(output, { Account: 'admin@contoso.onmicrosoft.com', Environment: 'AzureCloud', Tenant: idp.state.options.tenantId, AuthMode: 'DeviceCode', ApplicationId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' });
  assert.match(run.captured[0]!.host.join('\n'), /enter the code [A-Z0-9_-]{8} to authenticate/);
  assert.is(polls(), 3);
  const devicecode = idp.requests.find((r) => r.path.endsWith('/oauth2/v2.0/devicecode'))!;
  assert.is(devicecode.tenant, 'contoso.onmicrosoft.com');
  assert.match(devicecode.params.scope!, /https:\/\/api\.partnercenter\.microsoft\.com\/user_impersonation/);
  assert.is(devicecode.params.client_id, '04b07795-8ddb-461a-bbee-02f9e1bf7b46');
  const stored = readContext(run.configDir)!;
  assert.is(stored.authorityHost, `${idp.url}/`);
  assert.ok(stored.homeAccountId);
  assert.not.ok(JSON.stringify(stored).includes('eyJ'), 'no token in context.json');
  assert.not.ok(idp.requests.some((r) => r.path.includes('discovery/instance')), 'no instance discovery');
});

test('no browser possible (no DISPLAY): falls back to device code with a message', async () => {
  idp.state.options.pendingPolls = 0;
  const run = flowRun(idp);
  const output = (await run.connect('User', {})) as Record<string, unknown>;
  assert.is(output.AuthMode, 'DeviceCode');
  assert.match(run.captured[0]!.host[0]!, /No browser can be opened here; signing in with a device code/);
});

test('getAccessToken: cached token first, then a refresh grant once it expired', async () => {
  idp.state.options.pendingPolls = 0;
  const run = flowRun(idp);
  await run.connect('User', { UseDeviceAuthentication: true });
  const first = await run.token();
  assert.is(idp.requests.filter((r) => r.params.grant_type === 'refresh_token').length, 0, 'valid cached token used');
  assert.match(first, /^eyJ/);
  // Tokens issued from now on live 60 s: inside msal's 5-minute renewal window, so "expired".
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const run2 = flowRun(idp);
  await run2.connect('User', { UseDeviceAuthentication: true });
  idp.requests.length = 0;
  const second = await run2.token();
  assert.is(idp.requests.filter((r) => r.params.grant_type === 'refresh_token').length, 1, 'refresh grant seen by the IdP');
  assert.ok(second !== first);
  const streams = run.captured.concat(run2.captured).map((c) => [...c.verbose, ...c.debug, ...c.warning, ...c.host].join('\n')).join('\n');
  assert.not.ok(streams.includes(first) || streams.includes(second) || /eyJ[\w-]{10,}\./.test(streams), 'no token on any stream, msal debug log included');
  assert.ok(run2.captured.some((c) => c.debug.some((l) => l.startsWith('MSAL: '))), 'msal log reaches -Debug');
});

test('expired refresh token on the next call: TokenExpired, run Connect-PartnerCenter again', async () => {
  idp.state.options.pendingPolls = 0;
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const run = flowRun(idp);
  await run.connect('User', { UseDeviceAuthentication: true });
  idp.expireRefreshTokens();
  try {
    await run.token();
    assert.unreachable();
  } catch (error) {
    assert.instance(error, PcshError);
    const e = error as PcshError;
    assert.is(e.errorId, 'TokenExpired');
    assert.is(e.exitCode, 1);
    assert.match(e.message, /AADSTS70008: The provided authorization code or refresh token has expired/);
    assert.match(e.message, /Run Connect-PartnerCenter again\.$/);
    assert.not.match(e.message, /Trace ID/);
  }
});

test.run();
