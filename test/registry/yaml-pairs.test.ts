/**
 * A parameter's yaml block is taken without js-yaml when that gives the same answer
 * (src/registry/read/yaml-block.ts, issue 15): js-yaml's own load() of the quoted pairs is the
 * oracle, on a table of tricky values and on random text, exotic characters included.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { quotedPairsToObject } from '../../src/registry/read/yaml-block.ts';

const KEYS = ['Type', 'Parameter Sets', 'Aliases', 'Required', 'Position', 'Default value'];

function viaJsYaml(pairs: { key: string; value: string }[]): { value?: unknown; error?: true } {
  const source = pairs.map((pair) => `${JSON.stringify(pair.key)}: ${JSON.stringify(pair.value)}`).join('\n');
  try {
    return { value: load(source) };
  } catch {
    return { error: true };
  }
}

function direct(pairs: { key: string; value: string }[]): { value?: unknown; error?: true } {
  try {
    return { value: quotedPairsToObject(pairs) };
  } catch {
    return { error: true };
  }
}

const tricky = ['String', 'True', '', 'None', '0', '0x1F', '~', 'null', '(All)', 'a: b', '# not a comment', '[x, y]', '{a: 1}', '"quoted"', "it's",
  'back\\slash', 'tab\there', '\u2028', '\x85', '\x7f', '\ufeff', '\ufffe', '\ud800', '\ud83d\ude00', '---', '...', '&anchor', '*alias', '!!int 1', '%YAML'];
for (const value of tricky) {
  test(`${JSON.stringify(value)} reads as js-yaml reads it`, () => {
    const pairs = [{ key: 'Type', value }, { key: 'Required', value: 'True' }];
    assert.equal(direct(pairs), viaJsYaml(pairs));
  });
}

test('random values, exotic characters included, read as js-yaml reads them', () => {
  const exotic = fc.constantFrom('\u2028', '\x85', '\x7f', '\x9f', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udc00', '\t', '\0', '"', '\\', '#', ': ', '---', "'", ' ');
  const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.array(exotic, { maxLength: 6 }).map((parts) => parts.join('')));
  fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: KEYS.length }), (values) => {
    const pairs = values.map((v, i) => ({ key: KEYS[i]!, value: v }));
    assert.equal(direct(pairs), viaJsYaml(pairs));
  }), { numRuns: 20000 });
});

test.run();
