import { withTrustedTestCa } from './idp/trusted-ca.ts';
const certs = withTrustedTestCa(import.meta.url);

import { test } from './helpers/uvu-test.ts';
import * as assert from 'uvu/assert';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startIdp, type Idp } from './idp/server.ts';
import { flowRun, APP_ID, APP_SECRET, CERT_APP_ID, TENANT, failure } from './helpers/flow-fixture.ts';
import { readContext } from '../../src/auth/context-store.ts';

let idp: Idp;
test.before(async () => {
  idp = await startIdp({
    key: certs.serverKey, cert: certs.serverCert,
    apps: { [APP_ID]: { secret: APP_SECRET }, [CERT_APP_ID]: { certificatePem: certs.clientCert } },
  });
});
test.after(() => idp.close());
test.before.each(() => { idp.requests.length = 0; idp.state.options.echoSecretsInErrors = false; idp.state.options.accessTokenLifetimeSeconds = 3600; });

test('ServicePrincipal: secret from Credential.Password, client_credentials for <resource>/.default', async () => {
  const run = flowRun(idp);
  const output = await run.connect('ServicePrincipal', { ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID, Password: APP_SECRET } });
  assert.equal(output, { Account: APP_ID, Environment: 'AzureCloud', Tenant: TENANT, AuthMode: 'ServicePrincipal', ApplicationId: APP_ID });
  const grant = idp.requests.find((r) => r.params.grant_type === 'client_credentials')!;
  assert.is(grant.params.client_secret, '<present>');
  assert.is(grant.params.scope, 'https://api.partnercenter.microsoft.com/.default');
  assert.is(grant.tenant, TENANT);
  if (process.platform !== 'win32') {
    assert.is(statSync(join(run.configDir, 'msal-cache.json')).mode & 0o777, 0o600);
    assert.is(statSync(run.configDir).mode & 0o777, 0o700);
  }
  // The next cmdlet call uses the cached app token: no secret needed, no request.
  idp.requests.length = 0;
  assert.match(await run.token({ PCSH_CLIENT_SECRET: undefined }), /^eyJ/);
  assert.is(idp.requests.length, 0);
  assert.not.ok(run.everything().includes(APP_SECRET));
});

test('ServicePrincipal: empty Password → PCSH_CLIENT_SECRET, else hidden prompt, else a clear error', async () => {
  const fromEnv = flowRun(idp, { PCSH_CLIENT_SECRET: APP_SECRET });
  await fromEnv.connect('ServicePrincipal', { ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID, Password: '' } });
  const prompted = flowRun(idp);
  await prompted.connect('ServicePrincipal', { ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID } }, { interactive: true, answers: [APP_SECRET] });
  assert.equal(prompted.captured[0]!.prompts, [{ question: `Client secret for application ${APP_ID}: `, hidden: true }]);
  const none = flowRun(idp);
  const error = await failure(none.connect('ServicePrincipal', { ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID } }));
  assert.is(error.errorId, 'MissingSecret');
  assert.is(error.exitCode, 2);
  assert.match(error.message, /Set PCSH_CLIENT_SECRET/);
});

test('wrong secret: AADSTS7000215 shown cleanly, no secret, no trace ids, nothing stored', async () => {
  idp.state.options.echoSecretsInErrors = true; // even a server that echoes it cannot leak it
  const wrong = 'Wr0ng~secret.value-typed_by-mistake';
  const run = flowRun(idp, { PCSH_CLIENT_SECRET: wrong });
  const error = await failure(run.connect('ServicePrincipal', { ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID, Password: wrong } }));
  assert.is(error.errorId, 'SignInFailed');
  assert.is(error.exitCode, 1);
  assert.match(error.message, /^Sign-in failed: AADSTS7000215: Invalid client secret provided\./);
  assert.not.match(error.message, /Trace ID|Correlation ID/);
  assert.not.ok(JSON.stringify(error.toJSON()).includes(wrong));
  assert.not.ok(run.everything().includes(wrong), 'secret absent from every stream and file');
  assert.is(readContext(run.configDir), null);
});

test('ServicePrincipalCertificate: PEM from PCSH_CERTIFICATE_PATH, SHA-1 thumbprint checked, signed assertion accepted', async () => {
  const run = flowRun(idp, { PCSH_CERTIFICATE_PATH: certs.clientPemPath });
  const thumbprint = certs.clientThumbprint.toLowerCase();
  const output = (await run.connect('ServicePrincipalCertificate', { ApplicationId: CERT_APP_ID, CertificateThumbprint: thumbprint, Tenant: TENANT })) as Record<string, unknown>;
  assert.is(output.AuthMode, 'ServicePrincipalCertificate');
  const grant = idp.requests.find((r) => r.params.grant_type === 'client_credentials')!;
  assert.is(grant.params.client_assertion, '<present>');
  assert.is(grant.params.client_assertion_type, 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  const stored = readContext(run.configDir)!;
  assert.is(stored.certificatePath, certs.clientPemPath);
  assert.not.ok(run.everything().includes('PRIVATE KEY'));
  // Expired app token: a later call signs a new assertion from the stored certificate path.
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const again = flowRun(idp, { PCSH_CERTIFICATE_PATH: certs.clientPemPath });
  await again.connect('ServicePrincipalCertificate', { ApplicationId: CERT_APP_ID, CertificateThumbprint: thumbprint, Tenant: TENANT });
  idp.requests.length = 0;
  await again.token({ PCSH_CERTIFICATE_PATH: undefined });
  assert.is(idp.requests.filter((r) => r.params.grant_type === 'client_credentials').length, 1);
});

test('certificate thumbprint mismatch and missing PCSH_CERTIFICATE_PATH are usage errors', async () => {
  const run = flowRun(idp, { PCSH_CERTIFICATE_PATH: certs.clientPemPath });
  const mismatch = await failure(run.connect('ServicePrincipalCertificate', { ApplicationId: CERT_APP_ID, CertificateThumbprint: 'AA'.repeat(20), Tenant: TENANT }));
  assert.is(mismatch.errorId, 'CertificateNotUsable');
  assert.is(mismatch.exitCode, 2);
  assert.match(mismatch.message, new RegExp(`found: ${certs.clientThumbprint}`));
  const missing = await failure(flowRun(idp).connect('ServicePrincipalCertificate', { ApplicationId: CERT_APP_ID, CertificateThumbprint: certs.clientThumbprint, Tenant: TENANT }));
  assert.match(missing.message, /Set PCSH_CERTIFICATE_PATH/);
  assert.is(idp.requests.filter((r) => r.path.endsWith('/token')).length, 0, 'nothing sent');
});

test('expired app token and no stored secret: TokenExpired names PCSH_CLIENT_SECRET and Connect', async () => {
  idp.state.options.accessTokenLifetimeSeconds = 60;
  const run = flowRun(idp);
  await run.connect('ServicePrincipal', { ServicePrincipal: true, Tenant: TENANT, Credential: { UserName: APP_ID, Password: APP_SECRET } });
  const error = await failure(run.token({ PCSH_CLIENT_SECRET: undefined }));
  assert.is(error.errorId, 'TokenExpired');
  assert.match(error.message, /set PCSH_CLIENT_SECRET, or run Connect-PartnerCenter again\./);
  idp.requests.length = 0;
  assert.match(await run.token({ PCSH_CLIENT_SECRET: APP_SECRET }), /^eyJ/);
  assert.is(idp.requests.filter((r) => r.params.grant_type === 'client_credentials').length, 1);
});

test.run();
