/**
 * Asks real pwsh for every differential line, rewrites pwsh-snapshot.json and differential-report.md.
 *   npx tsx test/binder/differential/refresh.ts [--dump N]   (--dump prints N disagreements)
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { agreement, runDifferential } from './differential.ts';
import { askPwsh, findPwsh, writeSnapshot } from './pwsh-oracle.ts';
import { REPORT, renderReport } from './report.ts';

const pwsh = findPwsh();
if (pwsh === null) {
  console.error('refresh: pwsh is not installed (dotnet tool install --global PowerShell --version 7.6.9).');
  process.exit(1);
}
const result = runDifferential((source, texts) => {
  const answers = askPwsh(pwsh, source, texts);
  writeSnapshot(source, texts, answers);
  return { mode: 'live', answers };
});
writeFileSync(REPORT, renderReport(result));
const { agree, compared, onPurpose, ratio } = agreement(result.verdicts);
console.log(`differential: ${agree}/${compared} agree (${(ratio * 100).toFixed(2)} %), ${onPurpose} on purpose; wrote ${REPORT}`);
const dump = process.argv.indexOf('--dump');
if (dump > 0) {
  for (const v of result.verdicts.filter((x) => x.outcome === 'differ').slice(0, Number(process.argv[dump + 1] ?? 20))) {
    console.log(`${v.cause}\n  ${v.text}\n  pcsh: ${JSON.stringify(v.pcsh)}\n  pwsh: ${JSON.stringify(v.pwsh)}`);
  }
}
