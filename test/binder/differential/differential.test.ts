/**
 * The binder against real pwsh 7.6.9 (README "Tests"): every cmdlet of the registry as a C#
 * stand-in in pwsh, ~11,000 generated command lines through pwsh (one process) and through the
 * binder in-process. Live where pwsh is installed (in CI always: CI=true fails without it), else
 * from the recorded snapshot, saying so. Fails below 99 % agreement.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { agreement, runDifferential } from './differential.ts';
import { oracle } from './pwsh-oracle.ts';

const result = runDifferential(oracle);
const { agree, compared, onPurpose, ratio } = agreement(result.verdicts);
console.log(
  `differential: ${result.run.mode === 'live' ? 'live pwsh' : `from the snapshot (${result.run.why})`}: `
  + `${agree}/${compared} lines agree (${(ratio * 100).toFixed(2)} %), ${onPurpose} differ on purpose`,
);

test('thousands of lines, every cmdlet of the registry', () => {
  assert.ok(result.verdicts.length >= 5000, `${result.verdicts.length} lines`);
  const cmdlets = new Set(result.verdicts.map((v) => v.line.cmdlet));
  assert.ok(cmdlets.size >= 9, [...cmdlets].join(', '));
});

test('the binder agrees with pwsh on at least 99 % of the lines (error ids and messages included)', () => {
  const differ = result.verdicts.filter((v) => v.outcome === 'differ').slice(0, 5);
  const sample = differ.map((v) => `${v.text}\n  pcsh: ${JSON.stringify(v.pcsh)}\n  pwsh: ${JSON.stringify(v.pwsh)}`).join('\n');
  assert.ok(ratio >= 0.99, `${(ratio * 100).toFixed(2)} % agree; first disagreements:\n${sample}`);
});

test('differences on purpose stay a minority of the lines', () => {
  assert.ok(onPurpose / result.verdicts.length < 0.1, `${onPurpose} of ${result.verdicts.length}`);
});

test.run();
