/**
 * The conformance table against real pwsh: every case not marked `pcshOnly` runs in pwsh against
 * the stand-in cmdlets (live where pwsh is installed, else from the differential snapshot) and the
 * table's expectation must be pwsh's answer, or a difference README lists as on purpose.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DATA_DIR, loadCmdlets } from './registry.ts';
import { sameAnswer } from './differential/compare.ts';
import type { PcshAnswer } from './differential/compare.ts';
import { conformanceLines } from './differential/conformance-lines.ts';
import { deliberateDifference } from './differential/deliberate.ts';
import { pwshText } from './differential/differential.ts';
import { oracle } from './differential/pwsh-oracle.ts';
import { standInSource } from './differential/stand-ins.ts';

const lines = conformanceLines();
const run = oracle(standInSource([...loadCmdlets().values()]), lines.map((l) => pwshText(l.line)));
console.log(`conformance table: ${lines.length} cases checked against ${run.mode === 'live' ? 'live pwsh' : `the pwsh snapshot (${run.why})`}`);

function expected(c: (typeof lines)[number]['case']): PcshAnswer {
  if ('errorId' in c.expect) return { errorId: c.expect.errorId, message: c.expect.message.replace('%DATA%', DATA_DIR) };
  return c.expect;
}

for (const [i, { index, case: c, line }] of lines.entries()) {
  test(`#${index} ${c.cmdlet} ${c.argv.join(' ')}`.slice(0, 160), () => {
    const pwsh = run.answers[i]!;
    const expect = expected(c);
    const why = deliberateDifference(line, expect, pwsh);
    assert.ok(sameAnswer(expect, pwsh) || why !== undefined, `table: ${JSON.stringify(expect)}\npwsh:  ${JSON.stringify(pwsh)}`);
  });
}

test.run();
