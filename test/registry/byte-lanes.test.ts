import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { byteLanes, byteLanesInJs } from '../../src/registry/byte-lanes.ts';

/** Deterministic pseudo-random text (a fixed LCG), with code points from every UTF-8 length. */
function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'Z', '0', '"', '\\', '\n', '\0', 'é', 'ß', '€', '—', '字', '😀', '\u{10FFFF}'];
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

test('the WebAssembly lanes equal the JavaScript reference: empty, ASCII, every UTF-8 length', () => {
  const cases = ['', 'a', 'New-PartnerCustomerCart', '{"module":null,"cmdlets":[]}', 'é€字😀', '\0\0\0', 'x'.repeat(1000)];
  for (const text of cases) assert.equal(byteLanes(text), byteLanesInJs(text), JSON.stringify(text.slice(0, 20)));
});

test('random texts, short and past one 64 KiB page of memory (it grows), then short again', () => {
  for (const [seed, length] of [[1, 10], [2, 4000], [3, 70_000], [4, 200_000], [5, 3]] as const) {
    const text = randomText(seed, length);
    assert.equal(byteLanes(text), byteLanesInJs(text), `seed ${seed}, ${length} code points`);
  }
});

test('a one-byte change anywhere changes the lanes', () => {
  const base = randomText(7, 5000);
  const before = byteLanes(base);
  for (const at of [0, 1, 2500, 4999]) {
    const edited = base.slice(0, at) + (base[at] === 'a' ? 'b' : 'a') + base.slice(at + 1);
    assert.not.equal(byteLanes(edited), before, `edit at ${at}`);
  }
});

test('lanes are unsigned 32-bit integers', () => {
  for (const lane of byteLanes(randomText(9, 100))) assert.ok(Number.isInteger(lane) && lane >= 0 && lane <= 0xffffffff);
});

test.run();
