/**
 * The whole project type-checks (strict). This is where a handler whose parameters drift from
 * its help page fails: src/cmdlets/generated/parameters.ts is generated from the docs by the build.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

test('tsc --noEmit -p tsconfig.json reports no errors', () => {
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  assert.is(result.status, 0, `tsc found errors:\n${result.stdout}${result.stderr}`);
});

test.run();
