/**
 * Issue #5 "done means", second half: the stored files' permissions (0600 in 0700, looser ones
 * refused) and no secret in any output stream (also -Verbose/-Debug), any stored file other than
 * the token files, or the Partner Center emulator's state and requests.log.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Idp } from '../auth/idp/server.ts';
import {
  APP_ID, APP_SECRET, CERT_APP_ID, PUBLIC_APP_ID, TENANT, PC_USER_SCOPE,
  startTestIdp, resetIdp, authSandbox, closeSandboxes, certificates, single, expectFailure, externalAccessToken,
  readCache, filesUnder, mode, grants, type AuthSandbox,
} from './fixtures-auth/harness.ts';

let idp: Idp;
test.before(async () => { idp = await startTestIdp(); });
test.before.each(() => resetIdp(idp));
test.after(async () => { await closeSandboxes(); await idp.close(); });

const posix = process.platform !== 'win32';

test('stored files are 0600 in a 0700 directory, whatever the umask', async () => {
  if (!posix) return;
  const previous = process.umask(0o000); // the spawned commands inherit it
  try {
    const user = await authSandbox(idp);
    await user.connect(['-UseDeviceAuthentication']);
    single(await user.newCart(), 'New-PartnerCustomerCart'); // rewrites the cache after a silent call
    assert.is(mode(user.configDir), '0700');
    const names = readdirSync(user.configDir).sort();
    assert.ok(names.includes('context.json') && names.includes('msal-cache.json'), names.join(', '));
    for (const name of names) assert.is(mode(join(user.configDir, name)), '0600', name);

    const token = await authSandbox(idp);
    await token.connect(['-AccessToken', '-'], { PCSH_ACCESS_TOKEN: externalAccessToken() });
    assert.is(mode(token.configDir), '0700');
    for (const name of ['context.json', 'access-token.json']) assert.is(mode(join(token.configDir, name)), '0600', name);
  } finally {
    process.umask(previous);
  }
});

test('context.json chmod 0644: the next cmdlet refuses it with a clear message (exit 1), nothing sent', async () => {
  if (!posix) return;
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  const path = join(sandbox.configDir, 'context.json');
  chmodSync(path, 0o644);
  idp.requests.length = 0;
  const result = await sandbox.newCart();
  expectFailure(result, 1, /The sign-in file '.*context\.json' has permissions 0644 \(group or others have access\)\. pcsh refuses to use sign-in data others could read; run 'chmod 600 ".*context\.json"', then run Connect-PartnerCenter again\./,
    'cart call with a 0644 context.json');
  assert.ok(result.stderr.includes(path), 'names the file');
  assert.equal(await sandbox.log(), [], 'Partner Center not called');
  assert.equal(grants(idp), [], 'no token request');
  assert.is(mode(path), '0644', 'refused, not silently fixed');
  chmodSync(path, 0o600);
  single(await sandbox.newCart(), 'New-PartnerCustomerCart after chmod 600');
});

test('a token cache or directory others can read is refused too; Connect refuses a loose directory before signing in', async () => {
  if (!posix) return;
  const sandbox = await authSandbox(idp);
  await sandbox.connect(['-UseDeviceAuthentication']);
  chmodSync(join(sandbox.configDir, 'msal-cache.json'), 0o640);
  expectFailure(await sandbox.newCart(), 1, /msal-cache\.json' has permissions 0640 .*chmod 600/, 'cart call with a 0640 cache');
  chmodSync(join(sandbox.configDir, 'msal-cache.json'), 0o600);
  chmodSync(sandbox.configDir, 0o755);
  expectFailure(await sandbox.newCart(), 1, /The sign-in directory '.*' has permissions 0755 .*run 'chmod 700/, 'cart call with a 0755 directory');

  const fresh = await authSandbox(idp);
  mkdirSync(fresh.configDir, { recursive: true, mode: 0o755 });
  chmodSync(fresh.configDir, 0o755);
  idp.requests.length = 0;
  expectFailure(await fresh.run('Connect-PartnerCenter', ['-UseDeviceAuthentication']), 1, /sign-in directory .* has permissions 0755/, 'Connect into a 0755 directory');
  assert.equal(idp.requests, [], 'no sign-in was started');
});

/** Runs every parameter set, then cart calls, all with -Verbose -Debug; returns what to grep and where. */
async function everyFlowVerbose(): Promise<{ sandboxes: AuthSandbox[]; secrets: Map<string, string> }> {
  const c = certificates();
  const secrets = new Map<string, string>([['client secret', APP_SECRET]]);
  const keyBody = readFileSync(join(c.dir, 'client.key'), 'utf8').split('\n').filter((l) => l.length >= 40 && !l.startsWith('-----'));
  keyBody.forEach((line, i) => secrets.set(`private key line ${i + 1}`, line));
  const debug = ['-Verbose', '-Debug'];
  const publicRt = idp.issueRefreshToken(PUBLIC_APP_ID, PC_USER_SCOPE);
  const confidentialRt = idp.issueRefreshToken(APP_ID, PC_USER_SCOPE);
  const accessToken = externalAccessToken();
  secrets.set('given refresh token (public)', publicRt).set('given refresh token (confidential)', confidentialRt).set('given access token', accessToken);
  const flows: [string, string[], Record<string, string>][] = [
    ['device code', ['-UseDeviceAuthentication', '-Tenant', TENANT], {}],
    ['no display', [], {}],
    ['access token -', ['-AccessToken', '-'], { PCSH_ACCESS_TOKEN: accessToken }],
    ['refresh token public', ['-ApplicationId', PUBLIC_APP_ID, '-RefreshToken', 'env:PC_RT'], { PC_RT: publicRt }],
    ['refresh token confidential', ['-ApplicationId', APP_ID, '-RefreshToken', 'env:PC_RT', '-Credential', APP_ID], { PC_RT: confidentialRt, PCSH_CLIENT_SECRET: APP_SECRET }],
    ['service principal', ['-ServicePrincipal', '-Tenant', TENANT, '-Credential', APP_ID], { PCSH_CLIENT_SECRET: APP_SECRET }],
    ['certificate', ['-ApplicationId', CERT_APP_ID, '-CertificateThumbprint', c.clientThumbprint, '-Tenant', TENANT], { PCSH_CERTIFICATE_PATH: c.clientPemPath }],
  ];
  const sandboxes: AuthSandbox[] = [];
  const remember = (sandbox: AuthSandbox, flow: string) => {
    const cache = readCache(sandbox.configDir);
    for (const section of ['AccessToken', 'RefreshToken', 'IdToken'] as const) {
      for (const entry of Object.values(cache[section] ?? {})) if (entry.secret) secrets.set(`${flow}: ${section} ${entry.secret.slice(-6)}`, entry.secret);
    }
  };
  for (const [flow, args, env] of flows) {
    // Short-lived tokens: every cart call refreshes, so refresh paths are logged too.
    idp.state.options.accessTokenLifetimeSeconds = 60;
    const sandbox = await authSandbox(idp, env);
    sandboxes.push(sandbox);
    await sandbox.connect([...args, ...debug]);
    remember(sandbox, flow);
    const cart = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08',
      '-LineItems', "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=1; BillingCycle='Monthly'; TermDuration='P1M'}", ...debug]), `${flow}: New-PartnerCustomerCart`);
    remember(sandbox, flow);
    single(await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-CartId', cart.CartId, ...debug]), `${flow}: Get-PartnerCustomerCart`);
    remember(sandbox, flow);
    // A failing call too: errors must not carry secrets either.
    const failed = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-CartId', '00000000-0000-4000-8000-000000000000', ...debug]);
    assert.is(failed.code, 1, `${flow}: unknown cart fails`);
    remember(sandbox, flow);
    assert.match(sandbox.results.map((r) => r.stderr).join('\n'), /DEBUG: /, `${flow}: -Debug output was produced`);
  }
  return { sandboxes, secrets };
}

test('no secret leaks: stdout, stderr (-Verbose, -Debug), stored files other than the token files, emulator state and requests.log', async () => {
  const { sandboxes, secrets } = await everyFlowVerbose();
  assert.ok(secrets.size > 15, `collected ${secrets.size} secrets`);
  const places: [string, string][] = [];
  for (const sandbox of sandboxes) {
    sandbox.results.forEach((r, i) => places.push([`command ${i + 1} stdout`, r.stdout], [`command ${i + 1} stderr`, r.stderr]));
    for (const [path, text] of filesUnder(sandbox.configDir)) {
      if (!/(msal-cache|access-token)\.json$/.test(path)) places.push([path, text]);
    }
    const data = filesUnder(sandbox.dataDir);
    assert.ok(data.some(([path]) => path.endsWith('requests.log')), 'the emulator logged');
    places.push(...data);
  }
  for (const [where, text] of places) {
    for (const [what, secret] of secrets) assert.not.ok(text.includes(secret), `${what} found in ${where}`);
    assert.not.match(text, /eyJ[\w-]{10,}\.[\w-]{10,}/, `something JWT-shaped in ${where}`);
    assert.not.match(text, /\brt\.[\w-]{16,}/, `something refresh-token-shaped in ${where}`);
    assert.not.match(text, /PRIVATE KEY/, `a private key block in ${where}`);
  }
  // The token files are where tokens are meant to be, and only there.
  const stored = sandboxes.flatMap((s) => readdirSync(s.configDir));
  assert.ok(stored.includes('msal-cache.json') && stored.includes('access-token.json'));
  // requests.log does say which token came, as a hash.
  const log = readFileSync(join(sandboxes[0]!.dataDir, 'requests.log'), 'utf8');
  assert.match(log, /"tokenSha256":"[0-9a-f]{16}"/);
});

test.run();
