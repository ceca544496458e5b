/**
 * Registry build throughput and memory on the shared corpus at 1x and 9x (1,125 files; issue 15
 * goal: >= 1,000 files/s, memory flat per file). Copies are written to a temp folder (each copy's
 * cmdlets renamed), then built as `pcsh registry build` builds, timed in CPU (user + sys): cold (the first build in a fresh
 * process, as the CLI runs) and warm (median of later builds). Memory per file is the slope of
 * the heap held after the build (what the registry keeps, not the pages) and of the peak RSS
 * between 1x and 9x.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.ts';

const child = new URL('./registry-build-child.ts', import.meta.url).pathname;

function corpusCopies(corpus: string, copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), `pcsh-corpus-${copies}x-`));
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(corpus).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(corpus, name), 'utf8');
    for (let c = 0; c < copies; c++) {
      writeFileSync(join(dir, c === 0 ? name : name.replace('.md', `-${c}.md`)), c === 0 ? text : text.replace(/^# (\S+)/m, `# $1Copy${c}`));
    }
  }
  return dir;
}

interface Measured { files: number; times: number[]; held: number; maxRss: number }

function measure(dir: string): Measured {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, dir, '6'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`registry build bench failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Measured;
}

export function benchRegistryBuild(corpus: string): void {
  if (!existsSync(corpus)) {
    console.log('\nRegistry build: ../shared/corpus not found, not measured.');
    return;
  }
  console.log('\nRegistry build (shared corpus, pages streamed from disk; goal: >= 1,000 files/s at 9x, memory flat per file)');
  const runs = [1, 9].map((copies) => ({ copies, ...measure(corpusCopies(corpus, copies)) }));
  for (const run of runs) {
    const cold = run.times[0]!;
    const warm = median(run.times.slice(1));
    const rate = (ms: number) => (run.files / (ms / 1000)).toFixed(0);
    console.log(`  ${run.copies}x: ${run.files} files: cold ${cold.toFixed(0)} ms CPU = ${rate(cold)} files/s, warm ${warm.toFixed(0)} ms = ${rate(warm)} files/s; heap held ${(run.held / 1024 / 1024).toFixed(1)} MB, peak RSS ${(run.maxRss / 1024 / 1024).toFixed(0)} MB`);
  }
  const [one, nine] = runs;
  const perFile = (nine!.held - one!.held) / (nine!.files - one!.files);
  const peakPerFile = (nine!.maxRss - one!.maxRss) / (nine!.files - one!.files);
  console.log(`  per extra file: heap held ${(perFile / 1024).toFixed(1)} KB (the registry's own share of each page), peak RSS ${(peakPerFile / 1024).toFixed(1)} KB`);
}
