/**
 * Shared set-up of the auth end-to-end tests: the test-only identity-provider emulator (HTTPS on
 * 127.0.0.1, its CA trusted by the spawned commands through NODE_EXTRA_CA_CERTS), one Partner
 * Center emulator per sandbox (its requests.log says which token arrived, as tokenSha256), and
 * helpers to read what the spawned commands left behind.
 */
import { createHash, verify, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { testCertificates, type TestCertificates } from '../../auth/idp/certificates.ts';
import { startIdp, type Idp } from '../../auth/idp/server.ts';
import type { IdpOptions } from '../../auth/idp/idp-state.ts';
import { signJwt, decodeJwt } from '../../auth/idp/jwt.ts';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.ts';
import { readRequestLog, type RequestLogEntry } from '../../../src/emulator/request-log.ts';
import { createSandbox, type CommandResult, type Sandbox } from '../run-command.ts';

export const APP_ID = '0a0a0a0a-1111-4222-8333-444444444444';
export const APP_SECRET = 'S3cr3t~e2e.value-that_must-never~leak';
export const CERT_APP_ID = '0b0b0b0b-1111-4222-8333-444444444444';
/** A public client of our own (-ApplicationId for the RefreshToken set). */
export const PUBLIC_APP_ID = '0c0c0c0c-1111-4222-8333-444444444444';
export const DEFAULT_PUBLIC_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';
export const TENANT = 'contoso.onmicrosoft.com';
export const USER = 'admin@contoso.onmicrosoft.com';
export const PC_USER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const BASIC_LITERAL = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}";

export interface Json { [key: string]: any }

let certs: TestCertificates | undefined;

/** The test run's certificates (CA, IdP server certificate, service principal PEM). */
export function certificates(): TestCertificates {
  certs ??= testCertificates(mkdtempSync(join(tmpdir(), 'pcsh-e2e-auth-certs-')));
  return certs;
}

export async function startTestIdp(options: IdpOptions = {}): Promise<Idp> {
  const c = certificates();
  return startIdp({
    key: c.serverKey,
    cert: c.serverCert,
    apps: { [APP_ID]: { secret: APP_SECRET }, [CERT_APP_ID]: { certificatePem: c.clientCert } },
    ...options,
  });
}

/** Resets what a test may have changed on the shared IdP. */
export function resetIdp(idp: Idp): void {
  idp.requests.length = 0;
  idp.state.options.pendingPolls = 0;
  idp.state.options.accessTokenLifetimeSeconds = 3600;
}

export interface AuthSandbox extends Sandbox {
  emulator: RunningEmulator;
  /** Connect-PartnerCenter with `args`, checked to succeed; its output object. */
  connect(args: string[], env?: Record<string, string>): Promise<{ result: CommandResult; output: Json }>;
  /** New-PartnerCustomerCart for the help example's customer. */
  newCart(env?: Record<string, string>): Promise<CommandResult>;
  getCart(cartId: string, env?: Record<string, string>): Promise<CommandResult>;
  log(): Promise<RequestLogEntry[]>;
  /** Every command result so far (for leak greps). */
  results: CommandResult[];
}

const sandboxes: AuthSandbox[] = [];

/** A sandbox whose commands sign in at `idp` and call a fresh Partner Center emulator. */
export async function authSandbox(idp: Idp, extraEnv: Record<string, string> = {}): Promise<AuthSandbox> {
  const base = createSandbox({ NODE_EXTRA_CA_CERTS: certificates().caPath, PCSH_AUTHORITY_HOST: idp.url, ...extraEnv });
  const emulator = await startEmulator({ port: 0, dataDir: base.dataDir });
  base.env.PCSH_ENDPOINT = emulator.url;
  const results: CommandResult[] = [];
  const run: Sandbox['run'] = async (command, args, options = {}) => {
    const result = await base.run(command, args, { ...options, env: { PCSH_ENDPOINT: emulator.url, ...options.env } });
    results.push(result);
    return result;
  };
  const sandbox: AuthSandbox = {
    ...base,
    run,
    emulator,
    results,
    async connect(args, env) {
      const result = await run('Connect-PartnerCenter', args, { env });
      assert.is(result.code, 0, `Connect-PartnerCenter ${args.join(' ')} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
      return { result, output: single(result, 'Connect-PartnerCenter') };
    },
    newCart: (env) => run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL], { env }),
    getCart: (cartId, env) => run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cartId], { env }),
    log: () => readRequestLog(base.dataDir),
  };
  sandboxes.push(sandbox);
  return sandbox;
}

export async function closeSandboxes(): Promise<void> {
  await Promise.all(sandboxes.splice(0).map((s) => s.emulator.close()));
}

/** stdout as JSON lines (a non-terminal stdout gets JSON). */
function jsonLines(result: CommandResult): Json[] {
  return result.stdout.split('\n').filter((l) => l.trim() !== '').map((line) => {
    try {
      return JSON.parse(line) as Json;
    } catch {
      throw new Error(`stdout is not JSON lines: ${line}\n--- stderr:\n${result.stderr}`);
    }
  });
}

export function single(result: CommandResult, what: string): Json {
  assert.is(result.code, 0, `${what} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  const objects = jsonLines(result);
  assert.is(objects.length, 1, `${what} printed ${objects.length} objects: ${result.stdout}`);
  return objects[0]!;
}

export function expectFailure(result: CommandResult, code: number, pattern: RegExp, what: string): void {
  assert.is(result.code, code, `${what} exited ${result.code}, expected ${code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  assert.ok(pattern.test(result.stderr), `${what}: stderr does not match ${pattern}:\n${result.stderr}`);
}

/** What the emulator logs as tokenSha256 for `token`, computed independently of the emulator. */
export function sha16(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

interface CacheEntry { home_account_id?: string; client_id?: string; secret?: string; target?: string; realm?: string }
export interface MsalCache {
  AccessToken?: Record<string, CacheEntry>;
  RefreshToken?: Record<string, CacheEntry>;
  IdToken?: Record<string, CacheEntry>;
  Account?: Record<string, CacheEntry>;
}

export function readCache(configDir: string): MsalCache {
  const path = join(configDir, 'msal-cache.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as MsalCache) : {};
}

/** The access tokens msal cached (what the IdP answered). */
function cachedAccessTokens(configDir: string): string[] {
  return Object.values(readCache(configDir).AccessToken ?? {}).map((e) => e.secret!).filter(Boolean);
}

/** The one access token in the cache, checked to be signed by the IdP emulator's key (so the IdP issued it). */
export function issuedAccessToken(configDir: string, idp: Idp): string {
  const tokens = cachedAccessTokens(configDir);
  assert.is(tokens.length, 1, `expected one cached access token, found ${tokens.length}`);
  assertIssuedBy(tokens[0]!, idp);
  return tokens[0]!;
}

export function assertIssuedBy(token: string, idp: Idp): Json {
  const jwt = decodeJwt(token);
  assert.ok(jwt, 'the token is a JWT');
  const key = new X509Certificate(certificates().serverCert).publicKey;
  assert.ok(verify('sha256', Buffer.from(jwt!.signedPart), key, jwt!.signature), 'signed by the IdP emulator');
  assert.ok(String(jwt!.payload.iss).startsWith(`${idp.url}/`), `issued by ${idp.url}: ${String(jwt!.payload.iss)}`);
  return jwt!.payload;
}

/** An access token "obtained elsewhere" for -AccessToken: a JWT for Partner Center. */
export function externalAccessToken(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({
    aud: 'https://api.partnercenter.microsoft.com', iss: 'https://sts.windows.net/72f988bf-0000-4000-8000-000000000001/', iat: now, nbf: now,
    exp: now + 3600, tid: '72f988bf-0000-4000-8000-000000000001', upn: 'ci@contoso.onmicrosoft.com', appid: APP_ID, ...claims,
  }, certificates().serverKey);
}

/** Every file under `dir` (recursive) as [path, text]. */
export function filesUnder(dir: string): [string, string][] {
  const out: [string, string][] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

export function mode(path: string): string {
  return (statSync(path).mode & 0o777).toString(8).padStart(4, '0');
}

/** The grant types the IdP saw at its token endpoint, in order. */
export function grants(idp: Idp): string[] {
  return idp.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).map((r) => r.params.grant_type ?? '?');
}
