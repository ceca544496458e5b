/**
 * Issue 11 through the real commands (spawned, as a user runs them): no token over plain http
 * to another host (also from a saved context), an echoed token masked in errors and -Debug,
 * Disconnect removing every token file whatever the context says, concurrent Connect and
 * Disconnect never mixing accounts, and bounded value sources (@/dev/zero, stdin, huge files).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, root, type CommandResult } from './run-command.ts';

const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const CART = '00000000-0000-4000-8000-000000000001';

/** An unsigned JWT naming `upn` (pcsh reads claims; it never verifies them). */
function jwt(upn: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ upn, tid: 'tenant-1', exp: 4_102_444_800 })}.c2ln`;
}

test('a plain http:// endpoint that is not loopback is refused before sign-in; nothing is stored', async () => {
  const box = createSandbox({ PCSH_ENDPOINT: 'http://partner.example.com' });
  const result = await box.run('Connect-PartnerCenter', ['-AccessToken', 'opaque-token-1234']);
  assert.is(result.code, 2);
  assert.match(result.stderr, "Connect-PartnerCenter: The Partner Center endpoint 'http://partner.example.com' is refused: plain http:// is only allowed for loopback addresses");
  assert.not.ok(existsSync(join(box.configDir, 'access-token.json')));
  assert.not.ok(existsSync(join(box.configDir, 'context.json')));
});

test('a saved context naming a plain http:// remote endpoint is refused before a token is attached', async () => {
  const box = createSandbox();
  mkdirSync(box.configDir, { recursive: true, mode: 0o700 });
  const context = { version: 1, environment: 'AzureCloud', authMode: 'AccessToken', account: 'a@b.c', tenant: 't', endpoint: 'http://192.0.2.1:9' };
  writeFileSync(join(box.configDir, 'context.json'), JSON.stringify(context), { mode: 0o600 });
  writeFileSync(join(box.configDir, 'access-token.json'), JSON.stringify({ accessToken: 'opaque-token-1234' }), { mode: 0o600 });
  const result = await box.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', CART]);
  assert.is(result.code, 2);
  assert.match(result.stderr, "The Partner Center endpoint 'http://192.0.2.1:9' is refused");
  assert.not.match(result.stderr, 'opaque-token-1234');
});

test('a service error that echoes the token shows it masked, in the error and in -Debug', async () => {
  const token = 'opaque-secret-token-5678';
  const server = createServer((request, response) => {
    const sent = String(request.headers.authorization ?? '');
    response.writeHead(400, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ code: 800002, description: `Bad token ${sent.slice(7)} in header ${sent}`, data: [], source: 'PartnerFD' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const box = createSandbox({ PCSH_ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    assert.is((await box.run('Connect-PartnerCenter', ['-AccessToken', token])).code, 0);
    const result = await box.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', CART, '-Debug']);
    assert.is(result.code, 1);
    assert.not.match(result.stderr, token);
    assert.match(result.stderr, 'Get-PartnerCustomerCart: Bad token *** in header Bearer ***');
    assert.match(result.stderr, /DEBUG: HTTP response 400[\s\S]*Bad token \*\*\*/);
  } finally {
    server.close();
  }
});

test('Disconnect removes the -AccessToken file after a later Connect -Environment Emulator', async () => {
  const box = createSandbox();
  assert.is((await box.run('Connect-PartnerCenter', ['-AccessToken', jwt('a@contoso.com')])).code, 0);
  assert.ok(existsSync(join(box.configDir, 'access-token.json')));
  assert.is((await box.run('Connect-PartnerCenter', ['-Environment', 'Emulator'])).code, 0);
  assert.not.ok(existsSync(join(box.configDir, 'access-token.json')), 'the emulator sign-in has no token: the old one goes');
  assert.is((await box.run('Disconnect-PartnerCenter', [])).code, 0);
  assert.equal(readdirSync(box.configDir), []);
});

test('Disconnect with a corrupt context.json still removes every token file, temp files of killed writers too', async () => {
  const box = createSandbox();
  assert.is((await box.run('Connect-PartnerCenter', ['-AccessToken', jwt('a@contoso.com')])).code, 0);
  writeFileSync(join(box.configDir, 'context.json'), '{garbage', { mode: 0o600 });
  writeFileSync(join(box.configDir, '.access-token.json.4242.k3j4.tmp'), jwt('a@contoso.com'), { mode: 0o600 });
  writeFileSync(join(box.configDir, 'msal-cache.json'), '{"RefreshToken":{}}', { mode: 0o600 });
  const result = await box.run('Disconnect-PartnerCenter', ['-Verbose']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, 'Removed an unreadable context and every token file');
  assert.equal(readdirSync(box.configDir), []);
});

test('8 concurrent Connects (different accounts) and Disconnects: the context and the token always name the same account', async () => {
  const box = createSandbox();
  const runs: Promise<CommandResult>[] = [];
  for (let i = 0; i < 8; i++) {
    runs.push(box.run('Connect-PartnerCenter', ['-AccessToken', jwt(`user${i}@contoso.com`)]));
    if (i % 3 === 2) runs.push(box.run('Disconnect-PartnerCenter', []));
  }
  for (const result of await Promise.all(runs)) assert.is(result.code, 0, result.stderr);
  const contextFile = join(box.configDir, 'context.json');
  if (existsSync(contextFile)) {
    const { account } = JSON.parse(readFileSync(contextFile, 'utf8')) as { account: string };
    const { accessToken } = JSON.parse(readFileSync(join(box.configDir, 'access-token.json'), 'utf8')) as { accessToken: string };
    assert.is(accessToken, jwt(account));
  } else {
    assert.not.ok(existsSync(join(box.configDir, 'access-token.json')));
  }
  assert.equal(readdirSync(box.configDir).filter((name) => name.startsWith('.') && name !== '.pcsh.lock'), [], 'no temp file left');
});

/** A command with its stdin read from `path` (a device, for stdin `-`). */
function runWithStdinFrom(box: ReturnType<typeof createSandbox>, path: string, args: string[]): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/bin/New-PartnerCustomerCart.js'), ...args], { env: box.env, stdio: [openSync(path, 'r'), 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

test('value sources are bounded: @/dev/zero, stdin from /dev/zero and a huge file fail fast with a short message', async () => {
  const box = createSandbox();
  assert.is((await box.run('Connect-PartnerCenter', ['-Environment', 'Emulator'])).code, 0);
  const big = join(box.dataDir, 'big.txt');
  writeFileSync(big, `'${'a'.repeat(3 * 1024 * 1024)}'`);
  const limit = 'it is larger than 1,048,576 bytes, the most pcsh reads for one value';
  const results: [string, CommandResult][] = [
    ['@/dev/zero', await box.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', '@/dev/zero'])],
    ['stdin', await runWithStdinFrom(box, '/dev/zero', ['-CustomerId', CUSTOMER, '-LineItems', '-'])],
    ['big file', await box.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', `@${big}`])],
  ];
  for (const [name, result] of results) {
    assert.is(result.code, 2, name);
    assert.match(result.stderr, "New-PartnerCustomerCart: Cannot process argument transformation on parameter 'LineItems'. Cannot read ", name);
    assert.match(result.stderr, limit, name);
    assert.ok(result.stderr.length < 400, `${name}: a short message`);
  }
  assert.not.ok(existsSync(join(box.dataDir, 'carts')), 'nothing was sent');
});

test('a long value is quoted by a short prefix and its length', async () => {
  const box = createSandbox();
  const result = await box.run('New-PartnerCustomerCart', ['-CustomerId', 'x'.repeat(100_000), '-LineItems', '@{}']);
  assert.is(result.code, 2);
  assert.match(result.stderr, `The argument "${'x'.repeat(80)}… (100,000 characters)" does not match`);
  assert.ok(result.stderr.length < 1_000);
});

test.run();
