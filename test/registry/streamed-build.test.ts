/**
 * The streamed build (issue 15): pages read one at a time from disk give the same registry,
 * stamps and diagnostics as the in-memory build; each page is read only when the build reaches
 * it; the incremental hash equals the one-shot hash however its input is split.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { buildRegistry, buildRegistryFromSorted, serializeRegistry } from '../../src/registry/build.ts';
import { createHash64, hash64, hashSources } from '../../src/registry/hash.ts';
import { helpFileNames, readHelpDir, readHelpFiles } from '../../src/registry/read-help-dir.ts';
import { CORPUS, FIXTURES, corpusExists } from './fixtures.ts';

const folders: Array<[string, string]> = [['the platyPS fixtures (broken pages included)', FIXTURES]];
if (corpusExists()) folders.push(['the 125-page corpus', CORPUS]);

for (const [name, dir] of folders) {
  test(`${name}: streamed from disk = built in memory (bytes, stamps, diagnostics)`, () => {
    const inMemory = buildRegistry(readHelpDir(dir), []);
    const streamed = buildRegistryFromSorted(readHelpFiles(dir), []);
    assert.is(serializeRegistry(streamed.registry), serializeRegistry(inMemory.registry));
    assert.is(streamed.registry.sourceHash, hashSources(readHelpDir(dir)));
    assert.equal(streamed.diagnostics, inMemory.diagnostics);
  });
}

test('each page is read when the build reaches it, not before', () => {
  const dir = FIXTURES;
  const names = helpFileNames(dir);
  const events: string[] = [];
  function* observed() {
    for (const file of readHelpFiles(dir, names)) {
      events.push(`read ${file.name}`);
      yield file;
      events.push(`done ${file.name}`);
    }
  }
  buildRegistryFromSorted(observed(), []);
  assert.equal(events, names.flatMap((n) => [`read ${n}`, `done ${n}`]));
});

test('the incremental hash equals hash64 of the whole, however the input is split', () => {
  fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 8 }), (parts) => {
    const hash = createHash64();
    for (const part of parts) hash.update(part);
    assert.is(hash.digest(), hash64([parts.join('')]));
  }), { numRuns: 2000 });
});

test.run();
