/**
 * Issue 2: the cmdlet-named commands as npm installs them. package.json `bin` holds pcsh and one
 * entry per cmdlet of the registry; every entry file exists, is a node script, and `-?` works
 * through it. Then a real `npm install -g . --prefix <tmp>` (offline; a local folder installs as
 * a link, so it needs no network) and the cmdlet run by name from that prefix's bin folder.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createSandbox, root } from './run-command.ts';

const sandbox = createSandbox();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const registry = JSON.parse(readFileSync(join(root, 'dist', 'registry.json'), 'utf8')) as { cmdlets: { name: string }[] };
const cmdletNames = registry.cmdlets.map((c) => c.name).sort();

test('package.json bin: pcsh plus exactly one entry per cmdlet in the registry', () => {
  assert.equal(Object.keys(pkg.bin).sort(), ['pcsh', ...cmdletNames].sort());
  assert.is(pkg.bin.pcsh, 'dist/bin/pcsh.js');
  for (const name of cmdletNames) assert.is(pkg.bin[name], `dist/bin/${name}.js`);
});

test('every bin file exists and starts with #!/usr/bin/env node', () => {
  for (const [name, file] of Object.entries(pkg.bin)) {
    const path = join(root, file);
    assert.ok(existsSync(path), `${name}: ${file} is missing`);
    assert.ok(readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n'), `${file} has no node shebang`);
  }
});

for (const name of cmdletNames) {
  test(`node dist/bin/${name}.js -? prints its help`, async () => {
    const result = await sandbox.run(name, ['-?']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stderr, '');
    assert.ok(result.stdout.startsWith(`\nNAME\n    ${name}\n\nSYNOPSIS\n`), result.stdout.slice(0, 60));
    // REMARKS lines wrap at 80 like the rest of the view; compare with the breaks unwrapped.
    assert.match(result.stdout.replace(/\n +/g, ' '), `For technical information, type: "Get-Help ${name} -Full"`);
  });
}

test('npm install -g . --prefix <tmp>: New-PartnerCustomerCart -? runs by name', () => {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  if (npm.status !== 0) {
    console.log('skipped: npm is not on PATH');
    return;
  }
  const prefix = mkdtempSync(join(tmpdir(), 'pcsh-prefix-'));
  const install = spawnSync('npm', ['install', '-g', '.', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (install.status !== 0) {
    console.log(`skipped: npm install -g . --prefix failed offline (${(install.stderr || '').trim().split('\n').at(-1)})`);
    return;
  }
  const isWindows = process.platform === 'win32';
  const binDir = isWindows ? prefix : join(prefix, 'bin');
  for (const name of ['pcsh', ...cmdletNames]) assert.ok(existsSync(join(binDir, isWindows ? `${name}.cmd` : name)), `${name} not installed`);
  const result = spawnSync(join(binDir, 'New-PartnerCustomerCart'), ['-?'], { env: sandbox.env, encoding: 'utf8', shell: isWindows });
  assert.is(result.status, 0, result.stderr);
  assert.ok(result.stdout.startsWith('\nNAME\n    New-PartnerCustomerCart\n'));
  const viaHost = spawnSync(join(binDir, 'pcsh'), ['Get-Command', '-Verb', 'New'], { env: sandbox.env, encoding: 'utf8', shell: isWindows });
  assert.is(viaHost.status, 0, viaHost.stderr);
  assert.match(viaHost.stdout, /Cmdlet +New-PartnerCustomerCart/);
});

test.run();
