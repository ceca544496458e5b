/**
 * The conformance table replayed through the real PowerShell engine (pwsh-replay.ts): every case
 * that is not pcshOnly must agree with the engine, or differ for a reason pwsh-replay-notes.ts
 * gives. Optional: skipped, with the reason, when `dotnet` is not on PATH, when NuGet cannot
 * restore System.Management.Automation, or when PCSH_ENGINE_TEST=0. Needs the built module
 * (`npx tsx scripts/build.ts`). Takes ~10 s with the NuGet cache warm (one engine start for all
 * cases; the host build is reused from PCSH_ENGINE_WORK when set).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { replay } from './pwsh-replay.ts';

const root = new URL('../..', import.meta.url).pathname;
const built = existsSync(join(root, 'dist/pwsh/PartnerCenter/PartnerCenter.psm1'));
const result = built ? replay() : { skip: "dist/pwsh/PartnerCenter is not built (run 'npx tsx scripts/build.ts')" };

if ('skip' in result) {
  console.log(`pwsh-replay: skipped, ${result.skip}.`);
  test.skip('the conformance table in the PowerShell engine', () => {});
} else {
  const { rows } = result;

  test('every replayable case ran in the engine', () => {
    assert.ok(rows.filter((r) => r.outcome !== 'not replayable').length >= 200);
  });

  test('no difference from PowerShell without a note', () => {
    const unexplained = rows.filter((r) => r.outcome === 'differ' && r.note === null);
    const describe = (r: (typeof rows)[number]) => `#${r.index} ${r.text}\n  pcsh: ${JSON.stringify(r.case.expect)}\n  pwsh: ${JSON.stringify(r.answer)}`;
    assert.is(unexplained.length, 0, `differences without a note (pwsh-replay-notes.ts):\n${unexplained.map(describe).join('\n')}`);
  });

  test('most of the table agrees exactly', () => {
    assert.ok(rows.filter((r) => r.outcome === 'agree').length >= 170);
  });
}

test.run();
