/**
 * Version 4 UUIDs without node:crypto (src/core/random-uuid.ts): the RFC 9562 layout over given
 * bytes, and ids from the OS's random source that are well formed and distinct.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatUuidV4, randomUuid } from '../../src/core/random-uuid.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const layouts: Array<[string, number[], string]> = [
  ['all zero: only the version and variant bits set', Array(16).fill(0), '00000000-0000-4000-8000-000000000000'],
  ['all ones: version and variant bits cleared where they must be', Array(16).fill(0xff), 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
  ['counting bytes', Array.from({ length: 16 }, (_, i) => i), '00010203-0405-4607-8809-0a0b0c0d0e0f'],
  ['more than 16 bytes: the first 16', Array.from({ length: 20 }, (_, i) => 0xa0 + i), 'a0a1a2a3-a4a5-46a7-a8a9-aaabacadaeaf'],
];
for (const [name, bytes, expected] of layouts) {
  test(`formatUuidV4: ${name}`, () => {
    assert.is(formatUuidV4(Uint8Array.from(bytes)), expected);
  });
}

test('formatUuidV4: fewer than 16 bytes is refused', () => {
  assert.throws(() => formatUuidV4(new Uint8Array(15)), /16 random bytes/);
});

test('randomUuid: version 4 layout, lower case, no repeats in 2,000', () => {
  const ids = Array.from({ length: 2000 }, () => randomUuid());
  assert.equal(ids.filter((id) => !V4.test(id)), []);
  assert.is(new Set(ids).size, ids.length);
});

test('randomUuid: every hex digit outside the fixed bits varies', () => {
  const ids = Array.from({ length: 200 }, () => randomUuid().replaceAll('-', ''));
  const fixed = [12]; // the version nibble; the variant nibble (16) takes 4 values
  const constant = Array.from({ length: 32 }, (_, i) => i).filter((i) => !fixed.includes(i) && new Set(ids.map((id) => id[i])).size < 4);
  assert.equal(constant, []);
});

test.run();
