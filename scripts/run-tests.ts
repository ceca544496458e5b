/**
 * Runs every test/**\/*.test.ts file in its own Node process (uvu + tsx), two at a time, and
 * prints one closing line `N passed, N failed` (uvu prints a summary per file only).
 * Usage: tsx scripts/run-tests.ts [filter-substring …]
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { availableParallelism } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);

function listTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...listTests(path));
    else if (entry.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

interface FileResult { file: string; passed: number; failed: number; skipped: number; code: number; output: string; seconds: number }

function runFile(file: string): Promise<FileResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const total = Number(/Total:\s+(\d+)/.exec(output)?.[1] ?? 0);
      const passed = Number(/Passed:\s+(\d+)/.exec(output)?.[1] ?? 0);
      const skipped = Number(/Skipped:\s+(\d+)/.exec(output)?.[1] ?? 0);
      // A file that crashed before uvu's summary counts as one failure.
      const failed = code === 0 ? total - passed - skipped : Math.max(1, total - passed - skipped);
      const seconds = (performance.now() - started) / 1000;
      resolve({ file: relative(root, file), passed, failed, skipped, code: code ?? 1, output, seconds });
    });
  });
}

const files = listTests(join(root, 'test')).filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
const queue = [...files];
const results: FileResult[] = [];
const workers = Array.from({ length: Math.min(Math.max(2, availableParallelism()), 4) }, async () => {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const result = await runFile(file);
    results.push(result);
    const mark = result.code === 0 ? 'ok  ' : 'FAIL';
    // The wall time tells where the suite's minutes go; it is not asserted on (speed is npm run bench's job).
    process.stdout.write(`${mark} ${result.file} (${result.passed} passed, ${result.failed} failed) ${result.seconds.toFixed(1)} s\n`);
    if (result.code !== 0) process.stdout.write(result.output.replace(/^/gm, '    | ') + '\n');
  }
});
await Promise.all(workers);

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
if (files.length === 0) console.log('no test files found');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
