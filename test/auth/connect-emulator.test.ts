import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, statSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import connect from '../../src/cmdlets/connect-partner-center.ts';
import disconnect from '../../src/cmdlets/disconnect-partner-center.ts';
import { readContext } from '../../src/auth/context-store.ts';
import { fakeContext } from './helpers/fake-context.ts';

const configDir = () => join(mkdtempSync(join(tmpdir(), 'pcsh-emu-')), 'pcsh');

test('Connect -Environment Emulator stores the emulator context without sign-in', async () => {
  const dir = configDir();
  const { context } = fakeContext({ env: { PCSH_CONFIG_DIR: dir } });
  const output = await connect({ Environment: 'Emulator' }, context);
  assert.equal(output, { Account: 'emulator@pcsh.local', Environment: 'Emulator', Tenant: 'emulator', AuthMode: 'Emulator' });
  assert.equal(readContext(dir), { version: 1, environment: 'Emulator', authMode: 'Emulator', account: 'emulator@pcsh.local', tenant: 'emulator' });
  if (process.platform !== 'win32') assert.is(statSync(join(dir, 'context.json')).mode & 0o777, 0o600);
});

test('Emulator with PCSH_ENDPOINT records the endpoint; -Tenant is kept; any set works', async () => {
  const dir = configDir();
  const { context } = fakeContext({ parameterSet: 'AccessToken', env: { PCSH_CONFIG_DIR: dir, PCSH_ENDPOINT: 'http://127.0.0.1:8990' } });
  const output = (await connect({ Environment: 'emulator', Tenant: 'contoso', AccessToken: 'ignored' }, context)) as Record<string, unknown>;
  assert.is(output.Tenant, 'contoso');
  assert.is(readContext(dir)?.endpoint, 'http://127.0.0.1:8990');
  assert.not.ok(readFileSync(join(dir, 'context.json'), 'utf8').includes('ignored'));
});

test('Disconnect removes the context; Disconnect when not connected is quiet', async () => {
  const dir = configDir();
  const { context, captured } = fakeContext({ env: { PCSH_CONFIG_DIR: dir } });
  await connect({ Environment: 'Emulator' }, context);
  assert.is(await disconnect({}, context), undefined);
  assert.not.ok(existsSync(join(dir, 'context.json')));
  assert.is(await disconnect({}, context), undefined);
  assert.match(captured.verbose.at(-1) ?? '', /Not connected/);
});

test('a corrupt previous context does not block Connect', async () => {
  const dir = configDir();
  const { context } = fakeContext({ env: { PCSH_CONFIG_DIR: dir } });
  await connect({ Environment: 'Emulator' }, context);
  writeFileSync(join(dir, 'context.json'), '{oops', { mode: 0o600 });
  await connect({ Environment: 'Emulator' }, context);
  assert.is(readContext(dir)?.authMode, 'Emulator');
});

test('the Emulator path never loads msal (child process with a loader hook denying it)', () => {
  const dir = configDir();
  const root = new URL('../..', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/auth/helpers/deny-msal.mjs', 'test/auth/helpers/run-emulator-connect.ts'], {
    cwd: root,
    env: { ...process.env, PCSH_CONFIG_DIR: dir },
    encoding: 'utf8',
  });
  assert.is(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).Environment, 'Emulator');
});

test.run();
