/** `pcsh registry build`: diagnostics then a summary; writes only when clean or with --keep-going. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRegistryBuild } from '../../src/registry/build-command.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import type { Registry } from '../../src/registry/model.ts';
import { FIXTURES } from './fixtures.ts';

function helpDir(names: string[]): { help: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-build-command-'));
  const help = join(dir, 'help');
  mkdirSync(help);
  for (const name of names) copyFileSync(join(FIXTURES, name), join(help, name));
  return { help, out: join(dir, 'out', 'registry.json') };
}

function run(names: string[], keepGoing: boolean) {
  const paths = helpDir(names);
  const lines: string[] = [];
  const code = runRegistryBuild({ helpDir: paths.help, out: paths.out, keepGoing }, (line) => lines.push(line));
  return { ...paths, code, lines };
}

const CLEAN = ['positional-parameters.md', 'required-per-set.md'];
const BROKEN = [...CLEAN, 'broken-yaml.md', 'missing-title.md'];

test('clean folder: exit 0, registry written, one summary line', () => {
  const { code, lines, out, help } = run(CLEAN, false);
  assert.is(code, 0);
  assert.equal(lines, [`registry build: 2 file(s), 2 cmdlet(s), no problems; wrote ${out}.`]);
  assert.is(loadRegistry(out, { helpDir: help }).cmdlets.length, 2);
});

test('problems without --keep-going: every diagnostic printed, nothing written, exit 1', () => {
  const { code, lines, out } = run(BROKEN, false);
  assert.is(code, 1);
  assert.is(lines.length, 6 + 1 + 1);
  assert.is(lines[0], 'broken-yaml.md:40: PARAMETERS: -Name: unknown key "Colour".');
  assert.is(lines[6], 'missing-title.md:7: title: No "# Cmdlet-Name" title.');
  assert.is(lines[7], 'registry build: 4 file(s), 3 cmdlet(s), 7 problem(s) in 2 file(s); nothing written (--keep-going writes what could be read).');
  assert.not.ok(existsSync(out));
});

test('problems with --keep-going: writes what could be read (atomically), still exit 1', () => {
  const { code, lines, out, help } = run(BROKEN, true);
  assert.is(code, 1);
  assert.ok(lines[lines.length - 1]?.endsWith(`wrote ${out} from what could be read.`));
  const registry = JSON.parse(readFileSync(out, 'utf8')) as Registry;
  assert.equal(registry.cmdlets.map((c) => c.name), ['Copy-Widget', 'Find-Widget', 'Get-Widget']);
  assert.is(registry.cmdlets[2]?.parameters[0]?.name, 'Name', 'the broken page keeps what was readable');
  assert.equal(readdirSync(join(out, '..')), ['registry.json'], 'no temp file left');
  assert.is(loadRegistry(out, { helpDir: help }).cmdlets.length, 3);
});

test('a missing or empty help folder fails with a plain message', () => {
  const lines: string[] = [];
  const missing = runRegistryBuild({ helpDir: join(tmpdir(), 'pcsh-no-such-help'), out: join(tmpdir(), 'x.json'), keepGoing: true }, (l) => lines.push(l));
  const empty = run([], true);
  assert.equal([missing, empty.code], [1, 1]);
  assert.match(lines[0] ?? '', /does not exist/);
  assert.match(empty.lines[0] ?? '', /has no cmdlet pages/);
  assert.not.ok(existsSync(empty.out));
});

test.run();
