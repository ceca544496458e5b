import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEnvironmentName, resolveEnvironment, contextEnvironment, partnerCenterEndpoint, userScopes, applicationScopes, authorityUrl } from '../../src/auth/environments.ts';
import { PcshError } from '../../src/core/error-record.ts';

const table: [string, string | null, string | null][] = [
  ['AzureCloud', 'https://api.partnercenter.microsoft.com', 'https://login.microsoftonline.com/'],
  ['AzureChinaCloud', 'https://partner.partnercenterapi.microsoftonline.cn', 'https://login.chinacloudapi.cn/'],
  ['AzureGermanCloud', 'https://api.partnercenter.microsoft.com', 'https://login.microsoftonline.de/'],
  ['AzureUSGovernment', 'https://api.partnercenter.microsoft.com', 'https://login.microsoftonline.us/'],
  ['AzurePPE', 'https://api.partnercenter.microsoft-ppe.com', 'https://login.windows-ppe.net/'],
  ['Emulator', null, null],
];

for (const [name, endpoint, host] of table) {
  test(`${name}: endpoint and authority from the reference table`, () => {
    const settings = resolveEnvironment(parseEnvironmentName(name.toLowerCase()), {});
    assert.is(settings.name, name);
    assert.is(settings.endpoint, endpoint);
    assert.is(settings.authorityHost, host);
  });
}

test('default environment is AzureCloud; unknown names are a usage error', () => {
  assert.is(parseEnvironmentName(undefined), 'AzureCloud');
  try {
    parseEnvironmentName('Mars');
    assert.unreachable();
  } catch (error) {
    assert.instance(error, PcshError);
    assert.is((error as PcshError).exitCode, 2);
  }
});

test('PCSH_ENDPOINT and PCSH_AUTHORITY_HOST override', () => {
  const s = resolveEnvironment('AzureCloud', { PCSH_ENDPOINT: 'http://127.0.0.1:8990/', PCSH_AUTHORITY_HOST: '127.0.0.1:4443' });
  assert.is(s.endpoint, 'http://127.0.0.1:8990');
  assert.is(s.authorityHost, 'https://127.0.0.1:4443/');
  assert.equal(userScopes(s), ['https://api.partnercenter.microsoft.com/user_impersonation']);
  assert.equal(applicationScopes(s), ['https://api.partnercenter.microsoft.com/.default']);
  assert.is(authorityUrl(s.authorityHost!, 'contoso.onmicrosoft.com'), 'https://127.0.0.1:4443/contoso.onmicrosoft.com');
});

test('an http authority host is refused', () => {
  assert.throws(() => resolveEnvironment('AzureCloud', { PCSH_AUTHORITY_HOST: 'http://idp.local' }), /must use https/);
});

test('Emulator keeps PCSH_ENDPOINT but never an authority', () => {
  const s = resolveEnvironment('Emulator', { PCSH_ENDPOINT: 'http://127.0.0.1:8990', PCSH_AUTHORITY_HOST: 'https://x' });
  assert.is(s.endpoint, 'http://127.0.0.1:8990');
  assert.is(s.authorityHost, null);
});

test('stored overrides are used later; PCSH_ENDPOINT at call time wins for the endpoint', () => {
  const stored = { version: 1 as const, environment: 'AzureCloud' as const, authMode: 'DeviceCode' as const, account: 'a', tenant: 't', endpoint: 'https://pc.test', authorityHost: 'https://idp.test/' };
  assert.is(contextEnvironment(stored).authorityHost, 'https://idp.test/');
  assert.is(partnerCenterEndpoint(stored, {}), 'https://pc.test');
  assert.is(partnerCenterEndpoint(stored, { PCSH_ENDPOINT: 'http://127.0.0.1:1' }), 'http://127.0.0.1:1');
  assert.is(partnerCenterEndpoint({ ...stored, endpoint: undefined }, {}), 'https://api.partnercenter.microsoft.com');
});

test.run();
