/**
 * The lint gate: ESLint (eslint.config.js: typescript-eslint's recommended rules, lines <= 160
 * characters) reports nothing, and no file exports a value nobody imports
 * (scripts/check/unused-exports.ts). The rest pins the unused-export checker on small sources.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { collectImports, exportedNames, unusedExports } from '../scripts/check/unused-exports.ts';

const root = new URL('..', import.meta.url).pathname;
test('eslint reports no problems', async () => {
  const eslint = new ESLint({ cwd: root, cache: true, cacheLocation: 'node_modules/.cache/eslint/' });
  const results = await eslint.lintFiles(['.']);
  const problems = results.reduce((n, result) => n + result.errorCount + result.warningCount, 0);
  assert.is(problems, 0, `eslint found problems:\n${await (await eslint.loadFormatter('stylish')).format(results)}`);
});

test('no unused exports in src/, scripts/ or test/', () => {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'test'], { cwd: root, encoding: 'utf8' });
  const files = listed.split('\n').filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  assert.ok(files.length > 150, `found only ${files.length} files`);
  assert.equal(unusedExports(root, files), []);
});

test('every exported error class names itself: the bundle keeps no function names (scripts/build/bundle.ts)', () => {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], { cwd: root, encoding: 'utf8' });
  const unnamed: string[] = [];
  for (const file of listed.split('\n').filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/export class (\w+) extends \w*Error\b/g)) {
      if (!text.includes(`this.name = '${match[1]}'`)) unnamed.push(`${file}: ${match[1]}`);
    }
  }
  assert.equal(unnamed, []);
});

const parse = (text: string) => ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);

const exportCases: [string, string[]][] = [
  ['export function f() {}\nexport const a = 1, b = 2;\nexport class C {}\nexport enum E { A }', ['f', 'a', 'b', 'C', 'E']],
  ['export default function main() {}', ['default']],
  ['const x = 1;\nexport default x;', ['default']],
  ["const x = 1;\nexport { x, x as y };\nexport { z } from './z.ts';", ['x', 'y', 'z']],
  ["export interface I { a: 1 }\nexport type T = 1;\nexport type { U } from './u.ts';\nexport { type V, w } from './v.ts';", ['w']],
  ['function local() {}\nconst hidden = 1;', []],
];
for (const [source, expected] of exportCases) {
  test(`exportedNames: ${JSON.stringify(source)}`, () => assert.equal(exportedNames(parse(source)), expected));
}

const importCases: [string, Record<string, string[]>][] = [
  ["import { a, b as c } from './m.ts';\nimport d from '../n.ts';", { 'src/x/m.ts': ['a', 'b'], 'src/n.ts': ['default'] }],
  ["import * as all from './m.ts';\nexport * from './n.ts';", { 'src/x/m.ts': ['*'], 'src/x/n.ts': ['*'] }],
  ["export { a, b as c } from './m.ts';", { 'src/x/m.ts': ['a', 'b'] }],
  ["const { a, b: c } = await import('./m.ts');", { 'src/x/m.ts': ['a', 'b'] }],
  ["const f = (await import('./m.ts')).run;", { 'src/x/m.ts': ['run'] }],
  ["const m = await import('./m.ts');", { 'src/x/m.ts': ['*'] }],
  ["let e: import('./m.ts').PcshError;\nlet t: typeof import('./n.ts');", { 'src/x/m.ts': ['PcshError'], 'src/x/n.ts': ['*'] }],
  ["import { readFileSync } from 'node:fs';\nimport './side.ts';", {}],
];
for (const [source, expected] of importCases) {
  test(`collectImports: ${JSON.stringify(source)}`, () => {
    const used = new Map<string, Set<string>>();
    collectImports('src/x/file.ts', parse(source), used);
    assert.equal(Object.fromEntries([...used].map(([file, names]) => [file, [...names]])), expected);
  });
}

test.run();
