/**
 * Issue 2 end to end: `pcsh registry build` as a user command (the shared corpus, a folder with a
 * broken page with and without --keep-going), and the run-time refusal (exit 3, the fix named)
 * of a hand-edited or stale dist/registry.json, checked on a temporary copy of the package
 * (package.json, dist/, help/) so the real build is never touched.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createSandbox, root } from './run-command.ts';

const sandbox = createSandbox();
const CORPUS = join(root, '..', 'shared', 'corpus', 'partner-center-help');

test('registry build over the shared corpus: exit 0, 124 cmdlets, the documented fields', async () => {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} is absent (the shared corpus is not on this machine)`);
    return;
  }
  const out = join(mkdtempSync(join(tmpdir(), 'pcsh-reg-')), 'registry.json');
  const result = await sandbox.run('pcsh', ['registry', 'build', '--help-dir', CORPUS, '--out', out]);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, /registry build: 125 file\(s\), 124 cmdlet\(s\), no problems; wrote /);
  const registry = JSON.parse(readFileSync(out, 'utf8')) as { schemaVersion: unknown; cmdlets: { name: string; parameters: Record<string, unknown>[] }[] };
  assert.is(registry.cmdlets.length, 124);
  assert.ok(registry.schemaVersion !== undefined);
  for (const cmdlet of registry.cmdlets) {
    assert.type(cmdlet.name, 'string');
    for (const parameter of cmdlet.parameters) {
      assert.type(parameter.name, 'string');
      assert.type(parameter.type, 'string');
      assert.ok(Array.isArray(parameter.aliases), `${cmdlet.name} -${String(parameter.name)} aliases`);
      assert.ok(Array.isArray(parameter.acceptedValues), `${cmdlet.name} -${String(parameter.name)} acceptedValues`);
    }
  }
});

function brokenHelpDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-broken-'));
  cpSync(join(root, 'help', 'New-PartnerCustomerCart.md'), join(dir, 'New-PartnerCustomerCart.md'));
  const page = readFileSync(join(root, 'help', 'Get-PartnerCustomerCart.md'), 'utf8').split('\n');
  const line = page.findIndex((l) => l.startsWith('Position: '));
  page[line] = 'Position: sideways';
  writeFileSync(join(dir, 'Get-PartnerCustomerCart.md'), page.join('\n'));
  return dir;
}

test('registry build on a folder with a broken page: file:line: section: message, nothing written, exit 1', async () => {
  const dir = brokenHelpDir();
  const out = join(mkdtempSync(join(tmpdir(), 'pcsh-reg-')), 'registry.json');
  const result = await sandbox.run('pcsh', ['registry', 'build', '--help-dir', dir, '--out', out]);
  assert.is(result.code, 1);
  const lines = result.stderr.trimEnd().split('\n');
  assert.match(lines[0]!, /^Get-PartnerCustomerCart\.md:\d+: PARAMETERS: -CartId: Position: expected Named or a number, found "sideways"\.$/);
  assert.match(lines.at(-1)!, 'nothing written (--keep-going writes what could be read)');
  assert.not.ok(existsSync(out));
});

test('registry build --keep-going writes what it could and still exits 1', async () => {
  const dir = brokenHelpDir();
  const out = join(mkdtempSync(join(tmpdir(), 'pcsh-reg-')), 'registry.json');
  const result = await sandbox.run('pcsh', ['registry', 'build', '--help-dir', dir, '--out', out, '--keep-going']);
  assert.is(result.code, 1);
  assert.match(result.stderr, /^Get-PartnerCustomerCart\.md:\d+: PARAMETERS: /m);
  assert.match(result.stderr, 'wrote ' + out + ' from what could be read');
  const registry = JSON.parse(readFileSync(out, 'utf8')) as { cmdlets: { name: string }[] };
  assert.equal(registry.cmdlets.map((c) => c.name).sort(), ['Get-PartnerCustomerCart', 'New-PartnerCustomerCart']);
});

test('registry build: a missing folder and a missing --out are usage problems, not crashes', async () => {
  const missing = await sandbox.run('pcsh', ['registry', 'build', '--help-dir', '/nonexistent/pcsh-help', '--out', join(tmpdir(), 'x.json')]);
  assert.is(missing.code, 1);
  assert.match(missing.stderr, 'the help folder /nonexistent/pcsh-help does not exist');
  const noOut = await sandbox.run('pcsh', ['registry', 'build', '--help-dir', join(root, 'help')]);
  assert.is(noOut.code, 2);
  assert.match(noOut.stderr, 'out');
});

// ---- a stale or hand-edited registry is refused at run time -------------------------------

/** A copy of the installed package layout: package.json, dist/, help/. */
function packageCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'pcsh-pkg-'));
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(root, 'help'), join(copy, 'help'), { recursive: true });
  return copy;
}

function runIn(copy: string, command: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(copy, 'dist', 'bin', `${command}.js`), ...args], { env: sandbox.env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the untouched copy works (the layout is complete)', () => {
  const copy = packageCopy();
  const result = runIn(copy, 'Get-Command', []);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, 'New-PartnerCustomerCart');
});

test('a hand-edited dist/registry.json, slice or command index is refused with exit 3 and the fix, by every entry point that reads it', () => {
  const copy = packageCopy();
  const whole = join(copy, 'dist', 'registry.json');
  const slice = join(copy, 'dist', 'registry', 'new-partnercustomercart.json');
  const index = join(copy, 'dist', 'registry', 'commands.json');
  for (const path of [whole, slice]) writeFileSync(path, readFileSync(path, 'utf8').replace('Creates a new cart', 'Makes a new cart'));
  writeFileSync(index, readFileSync(index, 'utf8').replace('"Get-Help"', '"Get-Hlep"'));
  const refused = (path: string) => `The command registry ${path} was changed after it was built (its content hash does not match). Run "npm run build" to regenerate it.`;
  for (const [command, args, name, path] of [
    ['Get-Command', [], 'Get-Command', index],
    ['Get-Command', ['-Syntax'], 'Get-Command', whole],
    ['Get-Help', [], 'Get-Help', whole],
    ['New-PartnerCustomerCart', ['-?'], 'New-PartnerCustomerCart', slice],
    ['pcsh', ['Get-Help', 'New-PartnerCustomerCart'], 'Get-Help', slice],
  ] as const) {
    const result = runIn(copy, command, [...args]);
    assert.is(result.code, 3, `${command}: ${result.stderr}`);
    assert.is(result.stdout, '');
    assert.is(result.stderr, `${name}: ${refused(path)}\n`);
  }
});

test('a registry that is not JSON, or lacks its stamp, is refused with exit 3', () => {
  const copy = packageCopy();
  const path = join(copy, 'dist', 'registry.json');
  writeFileSync(path, '{ not json');
  let result = runIn(copy, 'Get-Command', ['-Syntax']);
  assert.is(result.code, 3);
  assert.match(result.stderr, 'is not valid JSON. Run "npm run build" to regenerate it.');
  writeFileSync(path, JSON.stringify({ cmdlets: [] }));
  result = runIn(copy, 'Get-Command', ['-Syntax']);
  assert.is(result.code, 3);
  assert.match(result.stderr, 'Run "npm run build" to regenerate it.');
});

test('a stale registry (a help page edited after the build) is refused with exit 3 and the fix', () => {
  const copy = packageCopy();
  appendFileSync(join(copy, 'help', 'Get-PartnerCustomerCart.md'), '\nOne more line.\n');
  const result = runIn(copy, 'New-PartnerCustomerCart', ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', '[]', '-WhatIf']);
  assert.is(result.code, 3);
  assert.is(
    result.stderr,
    `New-PartnerCustomerCart: The command registry ${join(copy, 'dist', 'registry', 'new-partnercustomercart.json')} is out of date: the help files in ${join(copy, 'help')} changed after it was built. Run "npm run build" to regenerate it.\n`,
  );
  // trace-binding loads the same registry and is refused the same way.
  const trace = runIn(copy, 'pcsh', ['trace-binding', 'New-PartnerCustomerCart']);
  assert.is(trace.code, 3, trace.stderr + trace.stdout);
  assert.match(trace.stderr, 'is out of date');
});

test('an empty dist/registry.json or slice is refused with exit 3 and the fix; a deleted slice falls back to the whole registry', () => {
  const copy = packageCopy();
  writeFileSync(join(copy, 'dist', 'registry', 'new-partnercustomercart.json'), '');
  let result = runIn(copy, 'Get-Help', ['New-PartnerCustomerCart']);
  assert.is(result.code, 3);
  assert.match(result.stderr, 'new-partnercustomercart.json is not valid JSON. Run "npm run build" to regenerate it.');
  rmSync(join(copy, 'dist', 'registry', 'new-partnercustomercart.json'));
  result = runIn(copy, 'Get-Help', ['New-PartnerCustomerCart']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, 'New-PartnerCustomerCart');
  writeFileSync(join(copy, 'dist', 'registry.json'), '');
  result = runIn(copy, 'Get-Help', ['New-PartnerCustomerCart']);
  assert.is(result.code, 3);
  assert.match(result.stderr, 'registry.json is not valid JSON. Run "npm run build" to regenerate it.');
});

test.run();
