/**
 * What the cart cmdlets write besides objects, through the spawned commands: -Verbose (method,
 * URL, status, timing, MS-CorrelationId), -Debug (headers and bodies, Authorization redacted),
 * colours only on a terminal and never with NO_COLOR, the Confirm prompt on a terminal, and
 * `pcsh emulator start --port 0 --data DIR` serving until SIGTERM.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, createSandbox, type CommandResult } from './run-command.ts';
import {
  BASIC_LITERAL, CUSTOMER, connectedSandbox, expectFailure, jsonLines, newCart, requestLog, requestLogText, single, storedCartIds,
} from './fixtures-carts/helpers.ts';

const EMULATOR_TOKEN = 'pcsh-embedded-emulator';

test('-Verbose: correlation id, then method, URL, status, timing, attempt and request id per call; stdout still JSON only', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const cart = await newCart(sandbox);
  const start = requestLog(sandbox.dataDir).length;
  const result = await sandbox.run('Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItems', BASIC_LITERAL, '-Verbose']);
  assert.is(single(result, 'Set -Verbose').CartId, cart.CartId);
  const [get, put] = requestLog(sandbox.dataDir).slice(start);
  const lines = result.stderr.trimEnd().split('\n');
  assert.ok(lines.every((line) => line.startsWith('VERBOSE: ')), result.stderr);
  assert.is(lines[0], `VERBOSE: MS-CorrelationId: ${get!.correlationId}`);
  assert.is(put!.correlationId, get!.correlationId);
  const url = `http://127\\.0\\.0\\.1:\\d+/v1/customers/${CUSTOMER}/carts/${cart.CartId}`;
  assert.match(result.stderr, new RegExp(`^VERBOSE: GET ${url} → HTTP 200 in \\d+ ms \\(attempt 1 of 4, request ${get!.requestId}\\)$`, 'm'));
  assert.match(result.stderr, new RegExp(`^VERBOSE: PUT ${url} → HTTP 200 in \\d+ ms \\(attempt 1 of 4, request ${put!.requestId}\\)$`, 'm'));
});

test('without -Verbose a successful call writes nothing to stderr', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const cart = await newCart(sandbox);
  const result = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]);
  assert.is(result.code, 0);
  assert.is(result.stderr, '');
});

test('-Debug: request and response headers and bodies, Authorization redacted, the token nowhere', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const result = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Debug']);
  const cart = single(result, 'New -Debug');
  const [entry] = requestLog(sandbox.dataDir);
  assert.match(result.stderr, new RegExp(`^DEBUG: HTTP request POST http://127\\.0\\.0\\.1:\\d+/v1/customers/${CUSTOMER}/carts$`, 'm'));
  const headerLine = result.stderr.split('\n').find((line) => line.startsWith('DEBUG: Headers: {"Authorization"'));
  assert.ok(headerLine, result.stderr);
  const headers = JSON.parse(headerLine!.slice('DEBUG: Headers: '.length));
  assert.is(headers.Authorization, 'Bearer ***');
  assert.is(headers['MS-RequestId'], entry!.requestId);
  assert.is(headers['MS-CorrelationId'], entry!.correlationId);
  assert.match(headers['MS-PartnerCenter-Client'], /^pcsh\/\d+\.\d+\.\d+/);
  assert.is(headers['X-Locale'], 'en-US');
  assert.is(headers.Accept, 'application/json');
  assert.match(result.stderr, /^DEBUG: Body: \{"lineItems":\[\{.*"catalogItemId":"CFQ7TTC0LH18:0001:CFQ7TTC0K971"/m);
  assert.match(result.stderr, /^DEBUG: HTTP response 201$/m);
  assert.ok(result.stderr.includes(cart.CartId), 'the response body is shown');
  assert.not.ok(result.stderr.includes(EMULATOR_TOKEN), 'the bearer token leaked');
  assert.not.ok(result.stdout.includes(EMULATOR_TOKEN));
  assert.not.match(result.stderr, /^VERBOSE:/m, '-Debug alone does not turn on verbose');
});

test('-Verbose -Debug on a failing call: still no token, the error last', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const result = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', 'missing', '-Verbose', '-Debug']);
  expectFailure(result, 1, /\(800008, HTTP 404, request [0-9a-f-]{36}\)\n$/);
  assert.match(result.stderr, /^VERBOSE: GET .* → HTTP 404 in \d+ ms/m);
  assert.match(result.stderr, /^DEBUG: Body: \{"code":800008/m);
  assert.not.ok(result.stderr.includes(EMULATOR_TOKEN));
});

test('no terminal: no colour codes, with or without NO_COLOR', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const env = { ...sandbox.env };
  delete (env as Record<string, string | undefined>).NO_COLOR;
  const { runCommand } = await import('./run-command.ts');
  const failed = await runCommand('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', 'missing', '-Verbose'], { ...env, TERM: 'xterm-256color', PCSH_FORMAT: 'list' });
  assert.is(failed.code, 1);
  assert.not.match(failed.stderr, /\x1b\[/);
});

// A terminal, through util-linux `script` (a pty for stdin, stdout and stderr).
const haveScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Runs a command on a pty; `answer` is typed once `prompt` has appeared in its output. */
function onTerminal(command: string, args: string[], env: Record<string, string>, input?: { prompt: string; answer: string }): Promise<CommandResult> {
  const line = [process.execPath, join(root, 'dist/bin', `${command}.js`), ...args].map(shellQuote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', line, '/dev/null'], { env: { ...env, TERM: 'xterm', COLUMNS: '120' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let answered = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (input && !answered && stdout.includes(input.prompt)) {
        answered = true;
        child.stdin.end(input.answer);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr: '' }));
    if (!input) child.stdin.end();
  });
}

if (haveScript) {
  test('on a terminal: colours unless NO_COLOR is set (non-empty), the list view by default', async () => {
    const sandbox = await connectedSandbox({}, 'in-process');
    const cart = await newCart(sandbox);
    const env: Record<string, string> = { ...sandbox.env };
    delete env.NO_COLOR;
    const args = ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-Verbose'];
    const coloured = await onTerminal('Get-PartnerCustomerCart', args, env);
    assert.is(coloured.code, 0, coloured.stdout);
    assert.match(coloured.stdout, /\x1b\[33;1mVERBOSE: /);
    assert.match(coloured.stdout, /CartId\s+: (\x1b\[0m)?[0-9a-f-]{36}/, 'the list view on a terminal');

    const plain = await onTerminal('Get-PartnerCustomerCart', args, { ...env, NO_COLOR: '1' });
    assert.is(plain.code, 0);
    assert.not.match(plain.stdout, /\x1b\[/);
    assert.match(plain.stdout, new RegExp(`^CartId\\s+: ${cart.CartId}\\r?$`, 'm'));

    // https://no-color.org: an empty NO_COLOR does not turn colours off
    const empty = await onTerminal('Get-PartnerCustomerCart', args, { ...env, NO_COLOR: '' });
    assert.match(empty.stdout, /\x1b\[33;1mVERBOSE: /);

    const failed = await onTerminal('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', 'missing'], env);
    assert.is(failed.code, 1);
    assert.match(failed.stdout, /\x1b\[31;1mGet-PartnerCustomerCart: /);
  });

  test('-Confirm on a terminal: N declines (exit 0, nothing sent), Y creates the cart', async () => {
    const sandbox = await connectedSandbox({}, 'in-process');
    const args = ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL, '-Confirm'];
    const declined = await onTerminal('New-PartnerCustomerCart', args, sandbox.env, { prompt: '(default is "Y"):', answer: 'N\r' });
    assert.is(declined.code, 0, declined.stdout);
    assert.match(declined.stdout, /Are you sure you want to perform this action\?/);
    assert.match(declined.stdout, /Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of 46a62ece-10ad-42e5-b3f1-b2ed53e6fc08\."/);
    assert.match(declined.stdout, /\[Y\] Yes {2}\[A\] Yes to All {2}\[N\] No {2}\[L\] No to All {2}\[S\] Suspend {2}\[\?\] Help \(default is "Y"\):/);
    assert.is(requestLogText(sandbox.dataDir), '');

    const accepted = await onTerminal('New-PartnerCustomerCart', args, sandbox.env, { prompt: '(default is "Y"):', answer: 'Y\r' });
    assert.is(accepted.code, 0, accepted.stdout);
    assert.is(storedCartIds(sandbox.dataDir).length, 1);
  });
}

test('pcsh emulator start --port 0 --data DIR: prints its URL, serves the cmdlets, stops on SIGTERM', async () => {
  const sandbox = createSandbox({}, 'in-process');
  const data = mkdtempSync(join(tmpdir(), 'pcsh-e2e-standalone-'));
  const server = spawn(process.execPath, [join(root, 'dist/bin/pcsh.js'), 'emulator', 'start', '--port', '0', '--data', data], {
    env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => server.on('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 15_000);
    server.stdout.on('data', (d) => {
      output += d;
      // Wait for the whole banner: it may arrive in several chunks.
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))[\s\S]*Press Ctrl\+C/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  try {
    assert.match(output, new RegExp(`export PCSH_ENDPOINT=${url.replace(/\./g, '\\.')}`));
    const env = { PCSH_ENDPOINT: url };
    const connect = await sandbox.run('Connect-PartnerCenter', ['-Environment', 'Emulator'], { env });
    assert.is(connect.code, 0, connect.stderr);
    const created = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL], { env }));
    assert.equal(storedCartIds(data), [created.CartId], 'the cart is in --data DIR');
    assert.equal(storedCartIds(sandbox.dataDir), [], 'not in the embedded emulator\'s folder');
    const read = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', created.CartId], { env });
    assert.equal(jsonLines(read), [created]);
    assert.equal(requestLog(data).map((e) => e.route), ['createCart', 'getCart']);
    const unauthenticated = await fetch(`${url}/v1/customers/${CUSTOMER}/carts/${created.CartId}`);
    assert.is(unauthenticated.status, 401);
    assert.is(((await unauthenticated.json()) as { code: number }).code, 800001);
  } finally {
    server.kill('SIGTERM');
  }
  assert.is(await exited, 0);
  assert.match(output, /Emulator stopped \(SIGTERM\)\./);
  const after = await fetch(`${url}/v1/customers/${CUSTOMER}/carts`).then(() => 'served', (error: Error) => (error.cause as NodeJS.ErrnoException)?.code);
  assert.is(after, 'ECONNREFUSED', 'still serving after SIGTERM');
});

test.run();
