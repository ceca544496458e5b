/**
 * `npm run bench`: start-up and throughput figures. Start-up is measured as a user's machine
 * sees it: with NODE_EXTRA_CA_CERTS unset (this build machine sets it, ~100 ms per Node start)
 * beside the machine's own environment, interleaved, medians of CPU (user + sys) and wall time
 * as ratios to bare `node -e ''` in the same run (scripts/bench/startup-table.ts, issue 15).
 * BENCH_ROUNDS (default 15) sets the rounds; BENCH_ONLY=startup stops after the start-up table;
 * BENCH_BASELINE_ROOT=<another built pcsh> adds its start-up figures to the same interleaved run.
 * The commands measured are those of the package as npm installs it (packed, then installed into a
 * temporary prefix: scripts/bench/installed-copy.ts); BENCH_FROM_CHECKOUT=1 measures dist/ in place.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interleave } from './bench/measure.ts';
import { baselineFigures, printStartupTable, sides, startupFigures } from './bench/startup-table.ts';

const root = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const measured = process.env.BENCH_FROM_CHECKOUT === '1' ? root : (await import('./bench/installed-copy.ts')).installPackedCopy(root);
console.log(`Measuring the commands in ${measured}${measured === root ? ' (the checkout)' : ' (packed and installed by npm, as a user has them)'}.`);
const bin = (name: string) => join(measured, 'dist/bin', `${name}.js`);

const configDir = mkdtempSync(join(tmpdir(), 'pcsh-bench-config-'));
const dataDir = mkdtempSync(join(tmpdir(), 'pcsh-bench-data-'));
const env = { ...process.env, PCSH_CONFIG_DIR: configDir, PCSH_EMULATOR_DATA: dataDir, NO_COLOR: '1' };
const customer = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

// 1. The start-up table, against an emulator in its own process (this one blocks in spawnSync).
const { startEmulatorProcess } = await import('./bench/emulator-process.ts');
const server = await startEmulatorProcess(bin('pcsh'), dataDir, env);
try {
  spawnSync(process.execPath, [bin('Connect-PartnerCenter'), '-Environment', 'Emulator'], { env });
  const figures = startupFigures(bin, { PCSH_ENDPOINT: server.url });
  const baselineRoot = process.env.BENCH_BASELINE_ROOT && (process.env.BENCH_FROM_CHECKOUT === '1'
    ? process.env.BENCH_BASELINE_ROOT
    : (await import('./bench/installed-copy.ts')).installPackedCopy(process.env.BENCH_BASELINE_ROOT));
  const baseline = baselineRoot ? baselineFigures(figures, bin, (name) => join(baselineRoot, 'dist/bin', `${name}.js`)) : [];
  printStartupTable([...figures, ...baseline], env, rounds);
  if (process.env.BENCH_ONLY !== 'startup') {
    const { measureEmulatorThroughput } = await import('./bench/emulator-load.ts');
    console.log('\nEmulator under loopback load (16 in flight)');
    for (const [method, requests] of [['GET', 2000], ['POST', 1000]] as const) {
      const load = await measureEmulatorThroughput(server.url, { requests, concurrency: 16, method });
      console.log(`  ${method.padEnd(4)} ${load.requests} requests: ${load.perSecond.toFixed(0)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`);
    }
  }
} finally {
  await server.close();
}
if (process.env.BENCH_ONLY === 'startup') process.exit(0);
const [userSide] = sides(env).slice(-1);

// 1b. Tab completion: every TAB runs `pcsh __complete`; target <= 150 ms (wall) per completion (issue 13), CA unset.
const completion = interleave([
  { name: 'pcsh __complete -- New-PartnerCustomerCart -Cu', args: [bin('pcsh'), '__complete', '--', 'New-PartnerCustomerCart', '-Cu'] },
  { name: 'pcsh __complete -- Connect-PartnerCenter -Environment ""', args: [bin('pcsh'), '__complete', '--', 'Connect-PartnerCenter', '-Environment', ''] },
], [userSide!], rounds).get(userSide!.name)!;
console.log(`\nTab completion (CA unset, median of ${rounds})`);
for (const [name, sample] of completion) {
  console.log(`  ${name}: ${sample.wall.toFixed(1)} ms per TAB (CPU ${sample.cpu.toFixed(1)} ms; target <= 150 ms): ${sample.wall <= 150 ? 'ok' : 'OVER'}`);
}

// 2. Binding 1,000 line items: trace-binding (binds, runs nothing), JSON file vs. the hashtable literal form.
const items = Array.from({ length: 1000 }, (_, i) => ({ CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', Quantity: (i % 300) + 1, BillingCycle: 'Monthly', TermDuration: 'P1M', FriendlyName: `Seat ${i}` }));
const itemsFile = join(dataDir, 'items-1000.json');
writeFileSync(itemsFile, JSON.stringify(items));
const trace = ['trace-binding', 'New-PartnerCustomerCart', '-CustomerId', customer, '-LineItems'];
const bindingCases = [
  { name: 'one line item', args: [bin('pcsh'), ...trace, `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=1; BillingCycle='Monthly'}`] },
  { name: '1,000 line items, JSON file', args: [bin('pcsh'), ...trace, `@${itemsFile}`] },
];
const binding = interleave(bindingCases, [userSide!], rounds).get(userSide!.name)!;
const extra = binding.get('1,000 line items, JSON file')!.cpu - binding.get('one line item')!.cpu;
console.log(`\nBinding (CA unset, median CPU of ${rounds}): 1,000 line items from a JSON file cost ${extra.toFixed(1)} ms over one (target < 50 ms): ${extra < 50 ? 'ok' : 'OVER'}`);

// 3. Literal parser vs. JSON.parse per item, in-process.
await (await import('./bench/literal-bench.ts')).benchLiteralParser();

// 4. Registry build throughput and memory on the shared corpus, 1x and 9x.
(await import('./bench/registry-build-bench.ts')).benchRegistryBuild(join(root, '..', 'shared', 'corpus', 'partner-center-help'));

// 5. The persistent host (pcsh host --stdio) vs. spawned processes.
await (await import('./bench/host-bench.ts')).benchPersistentHost();
// 6. The PowerShell module in real pwsh: import (warm and cold) and calls per session.
await (await import('./bench/pwsh-bench.ts')).benchPwsh();
