/**
 * `pcsh completion …` and `pcsh __complete …` in-process through dispatch(), and the recent ids a
 * successful cmdlet call leaves for completion (0600 in 0700, nothing from a failed call).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough, Writable } from 'node:stream';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../src/runtime/main.ts';
import type { RuntimeEnvironment } from '../../src/runtime/environment.ts';
import { RECENT_IDS_FILE, RECENT_IDS_LIMIT, mergeRecent, readRecentIds, recordRecentIds } from '../../src/shell/recent-ids.ts';

const root = new URL('../..', import.meta.url).pathname;
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const ITEM = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=2; BillingCycle='Monthly'; TermDuration='P1M'}";

function environment(extraEnv: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
  const home = mkdtempSync(join(tmpdir(), 'pcsh-completion-'));
  const env: RuntimeEnvironment = {
    root,
    cwd: home,
    env: { NO_COLOR: '1', HOME: home, PCSH_CONFIG_DIR: join(home, 'config'), PCSH_EMULATOR_DATA: join(home, 'emulator'), ...extraEnv },
    stdin: new PassThrough(),
    stdinIsTTY: false,
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    version: '9.9.9',
  };
  return { env, home, out: () => stdout, err: () => stderr };
}

test('pcsh completion bash|zsh|fish prints the generated script', async () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    const e = environment();
    assert.is(await dispatch(['completion', shell], undefined, e.env), 0);
    assert.is(e.out(), readFileSync(join(root, 'dist/completion', `pcsh.${shell}`), 'utf8'));
    assert.match(e.out(), 'New-PartnerCustomerCart');
  }
});

test('pcsh completion with no or an unknown shell: a usage error, exit 2, nothing on stdout', async () => {
  const cases = [
    [['completion'], 'No shell was named'],
    [['completion', 'powershell'], "'powershell' is not a shell pcsh completes"],
    [['completion', 'bash', 'x'], "'bash' is not"],
  ] as const;
  for (const [argv, says] of cases) {
    const e = environment();
    assert.is(await dispatch([...argv], undefined, e.env), 2);
    assert.match(e.err(), says);
    assert.match(e.err(), 'pcsh completion bash|zsh|fish');
    assert.is(e.out(), '');
  }
});

test('pcsh __complete -- WORDS prints one candidate per line; nothing when nothing matches', async () => {
  const e = environment();
  assert.is(await dispatch(['__complete', '--', 'New-PartnerCustomerCart', '-Cu'], undefined, e.env), 0);
  assert.is(e.out(), '-CustomerId\n');
  const none = environment();
  assert.is(await dispatch(['__complete', '--', 'New-PartnerCustomerCart', '-Zz'], undefined, none.env), 0);
  assert.is(none.out(), '');
});

test('a successful call leaves its customer and cart ids for completion, 0600 in 0700; a failed one leaves none', async () => {
  const e = environment();
  assert.is(await dispatch(['-CustomerId', 'not-a-guid', '-CartId', CUSTOMER], 'Get-PartnerCustomerCart', e.env), 2);
  assert.not.ok(existsSync(join(e.home, 'config', RECENT_IDS_FILE)));
  assert.is(await dispatch(['-Environment', 'Emulator'], 'Connect-PartnerCenter', e.env), 0);
  assert.is(await dispatch(['-CustomerId', CUSTOMER, '-LineItems', ITEM, '-Confirm:$false'], 'New-PartnerCustomerCart', e.env), 0);
  const cartId = (JSON.parse(e.out().trim().split('\n').pop() ?? '{}') as { CartId: string }).CartId;
  const file = join(e.home, 'config', RECENT_IDS_FILE);
  assert.is(statSync(file).mode & 0o777, 0o600);
  assert.is(statSync(join(e.home, 'config')).mode & 0o777, 0o700);
  const ask = environment({ PCSH_CONFIG_DIR: join(e.home, 'config') });
  await dispatch(['__complete', '--', 'Submit-PartnerCustomerCart', '-CustomerId', '46', '-CartId', ''], undefined, ask.env);
  assert.is(ask.out(), `${cartId}\n`);
});

test('a -WhatIf call records no ids (it changes nothing): no file, and an existing one is left as it was', async () => {
  const e = environment();
  const file = join(e.home, 'config', RECENT_IDS_FILE);
  const whatIf = ['-CustomerId', CUSTOMER, '-LineItems', ITEM, '-WhatIf'];
  assert.is(await dispatch(whatIf, 'New-PartnerCustomerCart', e.env), 0);
  assert.not.ok(existsSync(file));
  assert.is(await dispatch(['-Environment', 'Emulator'], 'Connect-PartnerCenter', e.env), 0);
  assert.is(await dispatch(['-CustomerId', CUSTOMER, '-LineItems', ITEM, '-Confirm:$false'], 'New-PartnerCustomerCart', e.env), 0);
  const recorded = readFileSync(file, 'utf8');
  const other = '11111111-2222-4333-8444-555555555555';
  assert.is(await dispatch(['-CustomerId', other, '-LineItems', ITEM, '-WhatIf'], 'New-PartnerCustomerCart', e.env), 0);
  assert.is(readFileSync(file, 'utf8'), recorded);
  assert.not.match(recorded, other);
});

test('customers a call returned (Get-PartnerCustomer) are offered for -CustomerId', async () => {
  const e = environment();
  assert.is(await dispatch(['-Environment', 'Emulator'], 'Connect-PartnerCenter', e.env), 0);
  assert.is(await dispatch(['-Domain', 'contoso'], 'Get-PartnerCustomer', e.env), 0, e.err());
  const returned = e.out().trim().split('\n').map((line) => (JSON.parse(line) as { CustomerId?: string }).CustomerId).filter(Boolean);
  assert.ok(returned.length > 0);
  const ask = environment({ PCSH_CONFIG_DIR: join(e.home, 'config') });
  await dispatch(['__complete', '--', 'New-PartnerCustomerCart', '-CustomerId', ''], undefined, ask.env);
  assert.equal(ask.out().trim().split('\n').sort(), [...returned].sort());
});

test('recent ids: newest first, no repeats, at most the limit, only GUIDs', () => {
  const ids = Array.from({ length: RECENT_IDS_LIMIT + 5 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const merged = mergeRecent(ids.slice(1), [ids[3] ?? '', 'not-a-guid', ids[0] ?? '']);
  assert.equal(merged.slice(0, 3), [ids[3], ids[0], ids[1]]);
  assert.is(merged.length, RECENT_IDS_LIMIT);
});

test('recent ids in a folder others can read are not offered, and recording there fails silently', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'pcsh-recent-')), 'config');
  recordRecentIds(dir, { customerIds: [CUSTOMER] });
  assert.equal(readRecentIds(dir).customerIds, [CUSTOMER]);
  chmodSync(dir, 0o755);
  assert.equal(readRecentIds(dir).customerIds, []);
  recordRecentIds(dir, { customerIds: ['0b5c7a4e-1111-4f4f-9a9a-222222222222'] });
  chmodSync(dir, 0o700);
  assert.equal(readRecentIds(dir).customerIds, [CUSTOMER]);
});

test('recording recent ids: private (0600 in 0700), atomic, no lock taken or left, no rewrite when nothing changes', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'pcsh-recent-')), 'config');
  recordRecentIds(dir, { customerIds: [CUSTOMER] });
  const file = join(dir, RECENT_IDS_FILE);
  if (process.platform !== 'win32') {
    assert.is(statSync(dir).mode & 0o777, 0o700);
    assert.is(statSync(file).mode & 0o777, 0o600);
  }
  assert.equal(readdirSync(dir), [RECENT_IDS_FILE], 'no lock or temp file');
  const before = statSync(file);
  recordRecentIds(dir, { customerIds: [CUSTOMER] });
  assert.is(statSync(file).ino, before.ino, 'the same id again: the file is not replaced');
  // A hint never waits for the sign-in files' lock: a held lock does not stop it.
  writeFileSync(join(dir, '.pcsh.lock'), JSON.stringify({ pid: process.pid, token: 'held' }));
  recordRecentIds(dir, { cartIds: ['7d6a1f2e-3333-4c4c-8d8d-444444444444'] });
  assert.equal(readRecentIds(dir), { customerIds: [CUSTOMER], cartIds: ['7d6a1f2e-3333-4c4c-8d8d-444444444444'] });
});

test('completion --install fish: one file per command in the fish folder; a file pcsh did not write is kept', async () => {
  const e = environment();
  const dir = join(e.home, '.config', 'fish', 'completions');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Get-Help.fish'), '# mine\n');
  assert.is(await dispatch(['completion', '--install', 'fish'], undefined, e.env), 1);
  assert.is(readFileSync(join(dir, 'Get-Help.fish'), 'utf8'), '# mine\n');
  assert.match(e.err(), `WARNING: ${join(dir, 'Get-Help.fish')} was not written by pcsh; left as it is.`);
  assert.is(readFileSync(join(dir, 'New-PartnerCustomerCart.fish'), 'utf8'), readFileSync(join(root, 'dist/completion/pcsh.fish'), 'utf8'));
  const again = environment({ HOME: e.home });
  writeFileSync(join(dir, 'Get-Help.fish'), readFileSync(join(root, 'dist/completion/pcsh.fish')));
  assert.is(await dispatch(['completion', '--install', 'fish'], undefined, again.env), 0, 'its own files are replaced');
});

test('completion --install: bash into bash-completion\'s user folder, zsh prints the fpath line, the login shell by default', async () => {
  const e = environment({ SHELL: '/bin/bash' });
  assert.is(await dispatch(['completion', '--install'], undefined, e.env), 0);
  assert.ok(existsSync(join(e.home, '.local/share/bash-completion/completions/Submit-PartnerCustomerCart')));
  const z = environment();
  assert.is(await dispatch(['completion', '--install', 'zsh'], undefined, z.env), 0);
  assert.match(z.err(), `fpath=(${join(z.home, '.local/share/pcsh/zsh')} $fpath)`);
  assert.ok(existsSync(join(z.home, '.local/share/pcsh/zsh/_pcsh')));
  const none = environment({ SHELL: '/bin/tcsh' });
  assert.is(await dispatch(['completion', '--install'], undefined, none.env), 2);
  assert.match(none.err(), "'tcsh' is not a shell pcsh completes");
});

test.run();
