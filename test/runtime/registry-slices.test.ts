/**
 * Registry slices (src/registry/slices.ts): the build writes one registry per cmdlet beside the
 * whole one; a CLI call reads only its cmdlet's slice, checked as strictly as the whole registry.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough, Writable } from 'node:stream';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRegistryStep } from '../../scripts/build/build-registry.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import { hashContent } from '../../src/registry/hash.ts';
import { openCallRegistry } from '../../src/runtime/registry-access.ts';
import { dispatch } from '../../src/runtime/main.ts';
import type { CommandIndex, Registry } from '../../src/registry/model.ts';
import { errorIdOf } from '../fixtures/error-id.ts';

const repo = new URL('../..', import.meta.url).pathname;

/** A package root of its own: the repository's help pages, built into its own dist/. */
function builtRoot(): { root: string; whole: Registry } {
  const root = mkdtempSync(join(tmpdir(), 'pcsh-slices-'));
  cpSync(join(repo, 'help'), join(root, 'help'), { recursive: true, preserveTimestamps: true });
  const path = buildRegistryStep(root, () => {});
  return { root, whole: JSON.parse(readFileSync(path, 'utf8')) as Registry };
}

const slice = (root: string, name: string) => join(root, 'dist', 'registry', `${name.toLowerCase()}.json`);

test('the build writes one slice per cmdlet: a registry of that cmdlet alone, with its own content hash', () => {
  const { root, whole } = builtRoot();
  assert.equal(readdirSync(join(root, 'dist', 'registry')).sort(), ['commands.json', ...whole.cmdlets.map((c) => `${c.name.toLowerCase()}.json`)].sort());
  for (const cmdlet of whole.cmdlets) {
    const part = loadRegistry(slice(root, cmdlet.name), { helpDir: join(root, 'help') });
    assert.equal(part.cmdlets, [cmdlet], cmdlet.name);
    assert.equal([part.schemaVersion, part.sourceHash, part.module], [whole.schemaVersion, whole.sourceHash, whole.module]);
    assert.is(part.contentHash, hashContent({ module: whole.module, cmdlets: [cmdlet] }));
  }
});

test('the command index lists every cmdlet by name, verb and noun, with the module, and is checked like a slice', () => {
  const { root, whole } = builtRoot();
  const index = loadRegistry<CommandIndex>(join(root, 'dist', 'registry', 'commands.json'), { helpDir: join(root, 'help') });
  assert.equal(index.cmdlets, whole.cmdlets.map(({ name, verb, noun }) => ({ name, verb, noun })));
  assert.equal(index.module, whole.module);
  writeFileSync(join(root, 'dist', 'registry.json'), '{garbage');
  const registry = openCallRegistry(root);
  assert.is(registry.index().cmdlets.length, whole.cmdlets.length, 'Get-Command lists from the index alone');
  const path = join(root, 'dist', 'registry', 'commands.json');
  writeFileSync(path, readFileSync(path, 'utf8').replace('"Get-Help"', '"Get-Hlep"'));
  assert.is(errorIdOf(() => openCallRegistry(root).index()), 'RegistryModified');
  rmSync(path);
  assert.is(errorIdOf(() => openCallRegistry(root).index()), 'RegistryModified', 'no index: the whole registry answers (here, refused)');
});

test('a rebuild removes the slice of a cmdlet that is gone', () => {
  const { root } = builtRoot();
  writeFileSync(join(root, 'dist', 'registry', 'remove-partnerthing.json'), '{}\n');
  buildRegistryStep(root, () => {});
  assert.not.ok(existsSync(join(root, 'dist', 'registry', 'remove-partnerthing.json')));
});

test('find reads only the slice: a corrupt whole registry does not matter until all() is asked for', () => {
  const { root } = builtRoot();
  writeFileSync(join(root, 'dist', 'registry.json'), '{garbage');
  const registry = openCallRegistry(root);
  assert.is(registry.find('new-partnercustomercart')?.name, 'New-PartnerCustomerCart');
  assert.is(errorIdOf(() => registry.all()), 'RegistryModified');
});

test('a hand-edited slice is refused like a hand-edited registry (exit 3, the fix named)', async () => {
  const { root } = builtRoot();
  const path = slice(root, 'Submit-PartnerCustomerCart');
  const text = readFileSync(path, 'utf8');
  const edited = text.replace('"confirmImpact":"Medium"', '"confirmImpact":"None"');
  assert.is.not(edited, text);
  writeFileSync(path, edited);
  assert.is(errorIdOf(() => openCallRegistry(root).find('Submit-PartnerCustomerCart')), 'RegistryModified');
  let stderr = '';
  const code = await dispatch(['Submit-PartnerCustomerCart', '-CustomerId', 'x', '-CartId', 'y'], undefined, {
    root, cwd: root, env: { NO_COLOR: '1' }, stdin: new PassThrough(), version: '9.9.9',
    stdout: new Writable({ write(_c, _e, done) { done(); } }),
    stderr: new Writable({ write(chunk, _e, done) { stderr += String(chunk); done(); } }),
  });
  assert.is(code, 3);
  assert.match(stderr, /submit-partnercustomercart\.json was changed after it was built .* Run "npm run build" to regenerate it\./);
});

test('a help page changed after the build makes the slice stale too', () => {
  const { root } = builtRoot();
  const page = join(root, 'help', 'Get-PartnerCustomerCart.md');
  writeFileSync(page, `${readFileSync(page, 'utf8')}\nA new paragraph.\n`);
  assert.is(errorIdOf(() => openCallRegistry(root).find('Get-PartnerCustomerCart')), 'RegistryStale');
});

test('a missing slice falls back to the whole registry; names that are not Verb-Noun never name a file', () => {
  const { root } = builtRoot();
  rmSync(slice(root, 'Get-Help'));
  const registry = openCallRegistry(root);
  assert.is(registry.find('GET-HELP')?.name, 'Get-Help');
  writeFileSync(join(root, 'dist', 'secret.json'), readFileSync(slice(root, 'Get-Command')));
  for (const name of ['../secret', 'registry/../../secret', 'Get-Help.json', 'x-y/..', '']) assert.is(registry.find(name), undefined, name);
});

test.run();
