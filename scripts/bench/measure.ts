/**
 * One spawned run's wall and CPU time, and interleaved medians over several cases and
 * environments. CPU time comes from cpu-probe.cjs (preloaded on every side alike).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface Sample { wall: number; cpu: number }
export interface Case { name: string; args: string[]; env?: NodeJS.ProcessEnv }
export interface Side { name: string; env: NodeJS.ProcessEnv }

const probe = join(new URL('.', import.meta.url).pathname, 'cpu-probe.cjs');
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function runOnce(args: string[], env: NodeJS.ProcessEnv): Sample {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', probe, ...args], { env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = Number(String(result.output[3] ?? '').trim()) / 1000;
  if (!Number.isFinite(cpu) || cpu <= 0) throw new Error(`${args.join(' ')}: no CPU time reported`);
  return { wall, cpu };
}

/** side name → case name → median sample. Every round runs every case on every side, in turn. */
export function interleave(cases: Case[], sides: Side[], rounds: number): Map<string, Map<string, Sample>> {
  const samples = new Map(sides.map((side) => [side.name, new Map(cases.map((c) => [c.name, [] as Sample[]]))]));
  const run = (c: Case, side: Side) => runOnce(c.args, { ...side.env, ...c.env });
  for (const side of sides) for (const c of cases) run(c, side); // warm the file cache
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) for (const side of sides) samples.get(side.name)!.get(c.name)!.push(run(c, side));
  }
  return new Map([...samples].map(([side, byCase]) => [side, new Map([...byCase].map(([name, xs]) => [name, {
    wall: median(xs.map((x) => x.wall)),
    cpu: median(xs.map((x) => x.cpu)),
  }]))]));
}
