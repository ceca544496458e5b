/**
 * Run by registry-build-bench.ts in its own process (node --expose-gc --import tsx): builds the
 * registry from a help folder as `pcsh registry build` does (pages streamed from disk), `runs`
 * times, and prints one JSON line: each build's CPU ms (user + sys: the machine is shared), and the heap still held after the first
 * (registry alive, after a full GC) above the heap before it.
 */
import { buildRegistryFromSorted } from '../../src/registry/build.ts';
import { helpFileNames, readHelpFiles } from '../../src/registry/read-help-dir.ts';

const [dir, runsText] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!dir || !gc) throw new Error('usage: node --expose-gc --import tsx registry-build-child.ts DIR RUNS');
const names = helpFileNames(dir);
gc();
const before = process.memoryUsage().heapUsed;
const times: number[] = [];
let held = 0;
for (let run = 0; run < Number(runsText ?? 1); run++) {
  const started = process.cpuUsage();
  const build = buildRegistryFromSorted(readHelpFiles(dir, names), []);
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
  if (run === 0) {
    gc();
    held = process.memoryUsage().heapUsed - before;
  }
  if (build.registry.cmdlets.length === 0) throw new Error(`no cmdlets read from ${dir}`);
}
console.log(JSON.stringify({ files: names.length, times, held, maxRss: process.resourceUsage().maxRSS * 1024 }));
