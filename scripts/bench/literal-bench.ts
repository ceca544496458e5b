/**
 * The literal parser against JSON per item, in-process: N line items written as the README's
 * hashtable literal (`@{…},@{…}`, parseArgument) vs. the same items as JSON (JSON.parse + fromJson,
 * the binder's JSON path). Medians of CPU time (the machine is shared) over several runs after a
 * warm-up; goal: the literal within 2x.
 */
import { parseArgument } from '../../src/binder/literal/parse-literal.ts';
import { fromJson } from '../../src/binder/literal/ps-value.ts';
import { median } from './measure.ts';

function literalItems(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=${(i % 300) + 1}; BillingCycle='Monthly'; TermDuration='P1M'; FriendlyName='Seat ${i}'}`).join(',');
}

function jsonItems(count: number): string {
  return JSON.stringify(Array.from({ length: count }, (_, i) =>
    ({ CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', Quantity: (i % 300) + 1, BillingCycle: 'Monthly', TermDuration: 'P1M', FriendlyName: `Seat ${i}` })));
}

function timeIt(run: () => unknown, repeats: number): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

export async function benchLiteralParser(): Promise<void> {
  console.log('\nLiteral parser vs. JSON, per line item (in-process, median CPU; goal: literal ≤ 2x JSON)');
  for (const count of [1000, 10000]) {
    const literal = literalItems(count);
    const json = jsonItems(count);
    const repeats = count >= 10000 ? 9 : 21;
    const literalMs = timeIt(() => parseArgument(literal), repeats);
    const jsonMs = timeIt(() => fromJson(JSON.parse(json)), repeats);
    const ratio = literalMs / jsonMs;
    console.log(`  ${String(count).padStart(6)} items: literal ${literalMs.toFixed(2)} ms (${(literalMs * 1000 / count).toFixed(2)} µs/item), JSON ${jsonMs.toFixed(2)} ms  x${ratio.toFixed(2)} ${ratio <= 2 ? 'ok' : 'OVER 2'}`);
  }
}
