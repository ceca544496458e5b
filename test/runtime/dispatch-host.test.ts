/**
 * dispatch() in-process with a hand-built environment: `--format` before the command name,
 * host subcommands vs cmdlet names, and the host's failure paths (usage → 2, a refused
 * registry → 3, one line each, never a stack dump).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough, Writable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../src/runtime/main.ts';
import type { RuntimeEnvironment } from '../../src/runtime/environment.ts';

const root = new URL('../..', import.meta.url).pathname;

function environment(overrides: Partial<RuntimeEnvironment> = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
  const env: RuntimeEnvironment = {
    root,
    cwd: root,
    env: { NO_COLOR: '1', PCSH_CONFIG_DIR: join(mkdtempSync(join(tmpdir(), 'pcsh-dispatch-')), 'c') },
    stdin: new PassThrough(),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    version: '9.9.9',
    ...overrides,
  };
  return { env, out: () => stdout, err: () => stderr };
}

test('pcsh --format table <Cmdlet>: the format reaches the cmdlet; --format=json too', async () => {
  for (const argv of [['--format', 'bogus'], ['--format=bogus']]) {
    const e = environment();
    const code = await dispatch([...argv, 'Get-PartnerCustomerCart', '-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-CartId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'], undefined, e.env);
    assert.is(code, 2);
    assert.match(e.err(), 'Cannot use output format "bogus"');
  }
});

test('a cmdlet-named shim passes every argument to its cmdlet, even host words', async () => {
  const e = environment();
  const code = await dispatch(['registry'], 'Get-Help', e.env);
  assert.is(code, 1);
  assert.match(e.err(), 'Get-Help: Get-Help could not find registry in a help file');
});

test('host usage errors exit 2 with one message and the --help hint; the handler never runs', async () => {
  for (const argv of [[], ['registry', 'build'], ['registry', 'build', '--help-dir', 'help']]) {
    const e = environment();
    assert.is(await dispatch(argv, undefined, e.env), 2, argv.join(' '));
    assert.match(e.err(), 'Run "pcsh --help" for usage');
    assert.not.match(e.err(), /TypeError|at /);
  }
});

test('trace-binding without a cmdlet name is a usage error', async () => {
  const e = environment();
  assert.is(await dispatch(['trace-binding'], undefined, e.env), 2);
  assert.match(e.err(), 'Usage: pcsh trace-binding <Cmdlet>');
  assert.is(e.out(), '');
});

test('host commands on a missing registry: one line, exit 3, the fix named', async () => {
  const e = environment({ root: mkdtempSync(join(tmpdir(), 'pcsh-noreg-')) });
  assert.is(await dispatch(['trace-binding', 'Get-Help'], undefined, e.env), 3);
  assert.match(e.err(), /^The command registry .*registry\.json cannot be read \(ENOENT\)\. Run "npm run build" to regenerate it\.\n$/);
});

test.run();
