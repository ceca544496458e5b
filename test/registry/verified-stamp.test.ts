import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync, utimesSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRegistry, serializeRegistry } from '../../src/registry/build.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import { isVerifiedAsBuilt, writeVerifiedStamp } from '../../src/registry/verified-stamp.ts';
import { errorIdOf } from '../fixtures/error-id.ts';
import { fixtureText } from './fixtures.ts';

function built(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-stamp-'));
  const { registry } = buildRegistry([{ name: 'should-process.md', text: fixtureText('should-process.md') }], []);
  const path = join(dir, 'registry.json');
  writeFileSync(path, serializeRegistry(registry));
  writeVerifiedStamp(path);
  return path;
}

test('a registry exactly as built is verified and loads', () => {
  const path = built();
  assert.ok(isVerifiedAsBuilt(path));
  assert.is(errorIdOf(() => loadRegistry(path)), undefined);
});

test('a same-size hand edit is still refused: the stamp no longer matches, so the content is hashed', () => {
  const path = built();
  const text = readFileSync(path, 'utf8');
  const edited = text.replace('"Medium"', '"Mediux"');
  assert.is.not(edited, text);
  writeFileSync(path, edited);
  assert.is(statSync(path).size, text.length);
  assert.not.ok(isVerifiedAsBuilt(path));
  assert.is(errorIdOf(() => loadRegistry(path)), 'RegistryModified');
});

test('an edit that restores the old modification time is caught by the size, or else by nothing but the content hash', () => {
  const path = built();
  const before = statSync(path);
  writeFileSync(path, readFileSync(path, 'utf8').replace('"Medium"', '"High"'));
  utimesSync(path, before.atime, before.mtime);
  assert.not.ok(isVerifiedAsBuilt(path));
  assert.is(errorIdOf(() => loadRegistry(path)), 'RegistryModified');
});

test('no stamp: the content hash decides', () => {
  const path = built();
  writeFileSync(`${path}.verified`, 'garbage');
  assert.not.ok(isVerifiedAsBuilt(path));
  assert.is(errorIdOf(() => loadRegistry(path)), undefined);
});

test.run();
