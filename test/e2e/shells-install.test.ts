/**
 * The package as a user gets it: `npm pack`, `npm install -g` into a temporary prefix (stderr must
 * hold no npm warning), then from that prefix a cmdlet, `man`, and a completion; the tarball holds
 * only what runs; dist/ files run or say what they are; and npm's own review of install scripts
 * finds nothing pending, so `npm ci` in a clone prints no install-scripts warning either.
 * Needs the npm registry for the runtime dependencies (as `npm install -g` does).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPwsh } from '../../scripts/find-program.ts';
import { PREPARE_SCRIPT, withPrepare } from '../../scripts/pack/manifest.ts';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'pcsh-install-'));
const prefix = join(work, 'prefix');
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const ITEM = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=1; BillingCycle='Monthly'; TermDuration='P1M'}";
// Only the prefix and the system on PATH: what a user who installed pcsh globally has.
const userEnv = {
  PATH: `${join(prefix, 'bin')}:${process.execPath.replace(/\/node$/, '')}:/usr/bin:/bin`,
  HOME: work,
  PCSH_CONFIG_DIR: join(work, 'config'),
  PCSH_EMULATOR_DATA: join(work, 'emulator'),
  NO_COLOR: '1',
  MANWIDTH: '80',
};

function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: options.cwd ?? work, env: options.env ?? userEnv, encoding: 'utf8', timeout: 180_000 });
}

const npmWarnings = (stderr: string) => stderr.split('\n').filter((line) => /^npm (warn|WARN|error|ERR)/.test(line));
const npmEnv = { ...process.env, PCSH_PACK_BUILT: '1', npm_config_loglevel: 'warn' };

let tarball = '';
const PWSH_BIN = 'dist/pwsh/PartnerCenter/bin';
/** The prebuilt assembly files under dist/pwsh/PartnerCenter/bin, as `<hash>/PartnerCenter.dll`. */
const prebuiltFiles = () => (existsSync(join(root, PWSH_BIN)) ? readdirSync(join(root, PWSH_BIN)).map((hash) => `${hash}/PartnerCenter.dll`) : []);

test('npm pack: no warnings, package.json unchanged afterwards, only what runs in the tarball', () => {
  const before = readFileSync(join(root, 'package.json'), 'utf8');
  const packed = run('npm', ['pack', '--pack-destination', work], { cwd: root, env: npmEnv });
  assert.is(packed.status, 0, packed.stderr);
  assert.equal(npmWarnings(packed.stderr), []);
  assert.is(readFileSync(join(root, 'package.json'), 'utf8'), before, 'postpack restores package.json');
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) ?? '');
  const files = run('tar', ['-tzf', tarball]).stdout.trim().split('\n');
  assert.equal(files.filter((f) => /\.map$|fixtures|\/test\/|\/src\/|\/help\//.test(f)), []);
  assert.ok(files.includes('package/dist/man/man1/New-PartnerCustomerCart.1') && files.includes('package/dist/completion/pcsh.bash'));
  // The pwsh module's prebuilt assembly (bin/<source hash>/PartnerCenter.dll, when the build had the .NET SDK) ships.
  assert.equal(files.filter((f) => f.startsWith(`package/${PWSH_BIN}/`) && !f.endsWith('/')), prebuiltFiles().map((f) => `package/${PWSH_BIN}/${f}`));
  const manifest = JSON.parse(run('tar', ['-xOzf', tarball, 'package/package.json']).stdout) as { scripts: Record<string, string> };
  assert.not.ok('prepare' in manifest.scripts, 'the published package has no prepare script');
});

test('npm install -g <tarball> into a prefix: no npm warning; commands and man pages installed', () => {
  const installed = run('npm', ['install', '-g', '--prefix', prefix, tarball], { env: { ...process.env, npm_config_loglevel: 'warn' } });
  assert.is(installed.status, 0, installed.stderr);
  assert.equal(npmWarnings(installed.stderr), []);
  assert.ok(readdirSync(join(prefix, 'bin')).includes('New-PartnerCustomerCart'));
  assert.ok(readdirSync(join(prefix, 'share/man/man1')).includes('pcsh.1'));
});

test('from the prefix: a cmdlet runs, man finds its page, and completion offers the id just used', () => {
  assert.is(run('Connect-PartnerCenter', ['-Environment', 'Emulator']).status, 0);
  const created = run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', ITEM, '-Confirm:$false']);
  assert.is(created.status, 0, created.stderr);
  assert.match(created.stdout, '"CartId"');
  // man-db finds <prefix>/share/man from <prefix>/bin on PATH: no MANPATH needed.
  const man = run('man', ['New-PartnerCustomerCart']);
  assert.is(man.status, 0, man.stderr);
  assert.match(man.stdout, /NAME\n\s+New-PartnerCustomerCart - Creates a cart/);
  assert.match(man.stdout, /SYNOPSIS\n\s+New-PartnerCustomerCart -CustomerId <String>/);
  const line = 'Get-PartnerCustomerCart -CustomerId 46';
  const ask = `COMP_LINE='${line}'; COMP_POINT=${line.length}; _pcsh_complete; echo "\${COMPREPLY[@]}"`;
  const bash = run('bash', ['--norc', '-c', `source <(pcsh completion bash); ${ask}`]);
  assert.is(bash.stdout, `${CUSTOMER}\n`, bash.stderr);
});

test('dist/ files run or say what they are', () => {
  const dist = join(prefix, 'lib/node_modules/pcsh/dist');
  for (const entry of ['pcsh.js', 'load.js']) {
    const ran = run(process.execPath, [join(dist, entry), 'Get-Command', 'New-*']);
    assert.is(ran.status, 0, `${entry}: ${ran.stderr}`);
    assert.match(ran.stdout, 'New-PartnerCustomerCart');
  }
  const tools = run(process.execPath, [join(dist, 'tools.js')]);
  assert.is(tools.status, 2);
  assert.match(tools.stderr, 'dist/tools.js is a part of pcsh, not a command. Use: pcsh registry build');
  const complete = run(process.execPath, [join(dist, 'complete.js')]);
  assert.is(complete.status, 2);
  assert.match(complete.stderr, 'dist/complete.js is a part of pcsh, not a command. The shells call it through: pcsh __complete');
});

test('from the prefix: pwsh imports the installed module from its prebuilt assembly, compiling nothing', () => {
  const pwsh = findPwsh();
  if (pwsh === null || prebuiltFiles().length === 0) {
    if (process.env.CI === 'true') throw new Error('CI has pwsh and the .NET SDK: the prebuilt assembly must be tested');
    console.log('shells-install.test.ts: the installed pwsh module was not tried (no pwsh, or the build had no .NET SDK).');
    return;
  }
  const moduleDir = join(prefix, 'lib/node_modules/pcsh/dist/pwsh/PartnerCenter');
  const cache = join(work, 'pwsh-cache');
  const script = `Import-Module '${moduleDir}/PartnerCenter.psd1'; $null = Connect-PartnerCenter -Environment Emulator; ` +
    `[Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart].Assembly.Location; ` +
    `(New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems ${ITEM} -Confirm:$false).Status`;
  const ran = run(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], { env: { ...userEnv, PCSH_PWSH_CACHE: cache } });
  assert.is(ran.status, 0, ran.stderr);
  assert.is(ran.stdout, `${join(moduleDir, 'bin', prebuiltFiles()[0]!)}\nActive\n`);
  assert.not.ok(existsSync(cache), 'nothing compiled into the user cache');
});

test('npm finds no install script in the dependencies that allowScripts does not cover (npm ci stays quiet)', () => {
  const pending = run('npm', ['approve-scripts', '--allow-scripts-pending', '--json'], { cwd: root, env: process.env });
  assert.is(pending.status, 0, pending.stderr);
  assert.equal(JSON.parse(pending.stdout), { allowScripts: [] });
});

const scriptTable: [string, Record<string, string>, boolean, string[]][] = [
  ['prepack takes prepare out', { build: 'b', prepare: PREPARE_SCRIPT, test: 't' }, false, ['build', 'test']],
  ['postpack puts it back after build', { build: 'b', test: 't' }, true, ['build', 'prepare', 'test']],
  ['twice in a row changes nothing', { build: 'b', prepare: PREPARE_SCRIPT, test: 't' }, true, ['build', 'prepare', 'test']],
  ['no build script: prepare goes last', { test: 't' }, true, ['test', 'prepare']],
];
for (const [name, scripts, present, order] of scriptTable) {
  test(`pack manifest: ${name}`, () => {
    const result = withPrepare(scripts, present);
    assert.equal(Object.keys(result), order);
    if (present) assert.is(result.prepare, PREPARE_SCRIPT);
  });
}

test.run();
