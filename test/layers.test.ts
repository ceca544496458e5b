/**
 * Imports run one way down the floors of scripts/check/layers.ts, and no files import each other
 * round a loop. The first two tests check src/ itself; the rest pin the checker on small graphs.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FLOORS, PENDING_EXCEPTIONS, importCycles, readImportGraph, relativeImports, upwardImports } from '../scripts/check/layers.ts';

const root = new URL('..', import.meta.url).pathname;
const graph = readImportGraph(root);

test('src/: no import goes sideways or up a floor (core imports nothing of ours)', () => {
  assert.ok(graph.size > 100, `read only ${graph.size} files`);
  const found = upwardImports(graph);
  const unexpected = found.filter((edge) => !PENDING_EXCEPTIONS.includes(edge));
  assert.equal(unexpected, [], `imports against the floors ${JSON.stringify(FLOORS)}:\n${unexpected.join('\n')}`);
  const stale = PENDING_EXCEPTIONS.filter((edge) => !found.includes(edge));
  assert.equal(stale, [], `no longer needed, remove from PENDING_EXCEPTIONS:\n${stale.join('\n')}`);
});

test('src/: no import cycles between files', () => {
  assert.equal(importCycles(graph).map((cycle) => cycle.join(' -> ')), []);
});

const specifierCases: [string, string[]][] = [
  ["import { a } from './a.ts';", ['./a.ts']],
  ["import type { B } from '../b/b.ts';", ['../b/b.ts']],
  ["export { c } from './c.ts';\nexport type { D } from \"./d.ts\";", ['./c.ts', './d.ts']],
  ["const { e } = await import('./e.ts');", ['./e.ts']],
  ["writeError(error: import('../core/error-record.ts').PcshError): void;", ['../core/error-record.ts']],
  ["import './side-effect.ts';", ['./side-effect.ts']],
  ["import { readFileSync } from 'node:fs';\nimport yargs from 'yargs';", []],
];
for (const [source, expected] of specifierCases) {
  test(`relativeImports: ${JSON.stringify(source)}`, () => assert.equal(relativeImports(source), expected));
}

const floors = [['core'], ['registry'], ['binder', 'help'], ['runtime']];
const upwardCases: [string, [string, string[]][], string[]][] = [
  ['down a floor is fine', [['src/binder/a.ts', ['src/registry/b.ts', 'src/core/c.ts']]], []],
  ['within a folder is fine', [['src/core/a.ts', ['src/core/b.ts']]], []],
  ['up a floor', [['src/registry/a.ts', ['src/runtime/b.ts']]], ['src/registry/a.ts -> src/runtime/b.ts']],
  ['the ground floor imports nothing of ours', [['src/core/a.ts', ['src/registry/b.ts']]], ['src/core/a.ts -> src/registry/b.ts']],
  ['sideways on one floor', [['src/binder/a.ts', ['src/help/b.ts']]], ['src/binder/a.ts -> src/help/b.ts']],
  ['a folder no floor names', [['src/misc/a.ts', ['src/core/b.ts']]], ['src/misc/a.ts -> src/core/b.ts']],
];
for (const [name, edges, expected] of upwardCases) {
  test(`upwardImports: ${name}`, () => assert.equal(upwardImports(new Map(edges), floors), expected));
}

const cycleCases: [string, [string, string[]][], string[][]][] = [
  ['a chain has none', [['a', ['b']], ['b', ['c']], ['c', []]], []],
  ['two files', [['a', ['b']], ['b', ['a']]], [['a', 'b']]],
  ['three files and a tail', [['t', ['a']], ['a', ['b']], ['b', ['c']], ['c', ['a']]], [['a', 'b', 'c']]],
  ['a file importing itself', [['a', ['a']]], [['a']]],
  ['two separate loops', [['a', ['b']], ['b', ['a']], ['c', ['d']], ['d', ['c']]], [['a', 'b'], ['c', 'd']]],
  ['imports outside the graph are ignored', [['a', ['node-module']]], []],
];
for (const [name, edges, expected] of cycleCases) {
  test(`importCycles: ${name}`, () => assert.equal(importCycles(new Map(edges)), expected));
}

test.run();
