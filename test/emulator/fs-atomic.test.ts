/**
 * The emulator's durable JSON writes (src/emulator/fs-atomic.ts), now off the event loop
 * (issue 15): concurrent exclusive creates of one path let exactly one win, concurrent writes
 * leave one whole value and no temp files, and a write that fails leaves nothing behind.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonExclusiveDurable, readJson, writeJsonDurable } from '../../src/emulator/fs-atomic.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'pcsh-fs-atomic-'));

test('16 concurrent exclusive creates of one path: exactly one wins, its value is stored, no temp files remain', async () => {
  const dir = folder();
  const path = join(dir, 'carts', 'one.json');
  const results = await Promise.all(Array.from({ length: 16 }, (_, i) => createJsonExclusiveDurable(path, { writer: i })));
  assert.is(results.filter(Boolean).length, 1);
  assert.equal(readJson(path), { writer: results.indexOf(true) });
  assert.equal(readdirSync(join(dir, 'carts')), ['one.json']);
});

test('16 concurrent replacing writes: the file holds one whole value, no temp files remain', async () => {
  const dir = folder();
  const path = join(dir, 'cart.json');
  await Promise.all(Array.from({ length: 16 }, (_, i) => writeJsonDurable(path, { revision: i, padding: 'x'.repeat(4096) })));
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { revision: number; padding: string };
  assert.ok(stored.revision >= 0 && stored.revision < 16);
  assert.is(stored.padding.length, 4096);
  assert.equal(readdirSync(dir), ['cart.json']);
});

test('a replacing write that cannot rename (target is a folder) rejects and leaves no temp file', async () => {
  const dir = folder();
  const path = join(dir, 'taken');
  mkdirSync(path);
  writeFileSync(join(path, 'inside'), 'x');
  let failed = false;
  await writeJsonDurable(path, { a: 1 }).catch(() => (failed = true));
  assert.ok(failed);
  assert.equal(readdirSync(dir), ['taken']);
});

test.run();
