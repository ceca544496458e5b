/**
 * The start-up table of issue 15: each figure's median CPU time (user + sys of the child) and
 * wall time as ratios to bare `node -e ''` in the same run, with NODE_EXTRA_CA_CERTS as this
 * machine sets it and unset (as on a user's machine), interleaved. Goals apply to the CPU ratio
 * with the variable unset: the machine is shared, so wall time is noisy.
 */
import { existsSync } from 'node:fs';
import { interleave, type Case, type Sample, type Side } from './measure.ts';

interface Figure { case: Case; goal?: number }

/**
 * The same figures for another build of pcsh (BENCH_BASELINE_ROOT, e.g. a worktree of main after
 * `npm run build`), measured in the same interleaved run: before and after side by side.
 */
export function baselineFigures(figures: Figure[], bin: (name: string) => string, baselineBin: (name: string) => string): Figure[] {
  return figures.slice(1)
    .filter((figure) => swapBin(figure.case.args[0]!, bin, baselineBin) !== figure.case.args[0]) // pcsh commands, not the floor
    .map((figure) => ({ case: { ...figure.case, name: `before: ${figure.case.name}`, args: figure.case.args.map((arg) => swapBin(arg, bin, baselineBin)) } }))
    .filter((figure) => existsSync(figure.case.args[0]!)); // a command the baseline does not have yet
}

function swapBin(arg: string, bin: (name: string) => string, baselineBin: (name: string) => string): string {
  const name = /([^/\\]+)\.js$/.exec(arg)?.[1];
  return name !== undefined && arg === bin(name) ? baselineBin(name) : arg;
}

export function startupFigures(bin: (name: string) => string, emulatorEnv: NodeJS.ProcessEnv): Figure[] {
  const customer = ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'];
  const item = `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=1; BillingCycle='Monthly'; TermDuration='P1M'}`;
  const newCart = bin('New-PartnerCustomerCart');
  return [
    { case: { name: "node -e ''", args: ['-e', ''] } },
    { case: { name: 'New-PartnerCustomerCart -?', args: [newCart, '-?'] }, goal: 1.3 },
    { case: { name: 'Get-Help New-PartnerCustomerCart -Full', args: [bin('Get-Help'), 'New-PartnerCustomerCart', '-Full'] }, goal: 1.3 },
    { case: { name: 'Get-Command', args: [bin('Get-Command')] }, goal: 1.3 },
    { case: { name: '-WhatIf, one line item', args: [newCart, ...customer, '-LineItems', item, '-WhatIf'] }, goal: 1.4 },
    { case: { name: 'New- against a running emulator', args: [newCart, ...customer, '-LineItems', item, '-Confirm:$false'], env: emulatorEnv }, goal: 2.0 },
    // No goal: what one POST costs Node with node:http alone, the floor under the row above.
    { case: { name: 'floor: node, one node:http POST to the emulator', args: [new URL('./raw-post.cjs', import.meta.url).pathname], env: emulatorEnv } },
    // The catalog calls, held to the same goal as one cart call.
    { case: { name: 'Get-PartnerCustomer -Domain (running emulator)', args: [bin('Get-PartnerCustomer'), '-Domain', 'contoso.onmicrosoft.com'], env: emulatorEnv }, goal: 2.0 },
    { case: { name: 'Get-PartnerProduct -Catalog, 2 pages (running emulator)', args: [bin('Get-PartnerProduct'), '-Catalog', 'OnlineServices'], env: emulatorEnv }, goal: 2.0 },
  ];
}

export function sides(env: NodeJS.ProcessEnv): Side[] {
  const { NODE_EXTRA_CA_CERTS: ca, ...unset } = env;
  const userSide = { name: 'CA unset', env: unset };
  return ca ? [{ name: 'CA set', env }, userSide] : [userSide];
}

export function printStartupTable(figures: Figure[], env: NodeJS.ProcessEnv, rounds: number): boolean {
  const sideList = sides(env);
  const medians = interleave(figures.map((f) => f.case), sideList, rounds);
  const caNote = env.NODE_EXTRA_CA_CERTS ? `this machine sets NODE_EXTRA_CA_CERTS; "CA unset" runs without it, as a user's machine does` : 'NODE_EXTRA_CA_CERTS is not set here';
  console.log(`\nStart-up (median of ${rounds}, interleaved; ${caNote}). Ratios to bare node in the same run; goals on CPU, CA unset.`);
  const [baseline] = figures;
  const ratio = (side: string, name: string, key: keyof Sample) => medians.get(side)!.get(name)![key] / medians.get(side)!.get(baseline!.case.name)![key];
  const header = ['figure', ...sideList.flatMap((s) => [`CPU ms (${s.name})`, `CPU x (${s.name})`, `wall x (${s.name})`]), 'goal', 'verdict'];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  let allMet = true;
  for (const figure of figures) {
    const name = figure.case.name;
    const cells = sideList.flatMap((s) => [medians.get(s.name)!.get(name)!.cpu.toFixed(1), `x${ratio(s.name, name, 'cpu').toFixed(2)}`, `x${ratio(s.name, name, 'wall').toFixed(2)}`]);
    const userRatio = ratio('CA unset', name, 'cpu');
    const met = figure.goal === undefined || userRatio <= figure.goal;
    allMet &&= met;
    console.log(`| ${[name, ...cells, figure.goal ? `≤ ${figure.goal}` : '', figure.goal ? (met ? 'met' : 'OVER') : ''].join(' | ')} |`);
  }
  return allMet;
}
