/**
 * The differential run: the registry's cmdlets → stand-ins and command lines → pwsh (live or the
 * snapshot) and the binder in-process → verdicts and the report (differential-report.md).
 *
 *   npx tsx test/binder/differential/refresh.ts    asks pwsh, rewrites the snapshot and the report
 *
 * @module
 */
import type { CmdletInfo } from '../../../src/registry/model.ts';
import { loadCmdlets } from '../registry.ts';
import { commandLines } from './command-lines.ts';
import { conformanceLines } from './conformance-lines.ts';
import type { CommandLine } from './command-lines.ts';
import { judge } from './compare.ts';
import type { Verdict } from './compare.ts';
import { oracle } from './pwsh-oracle.ts';
import type { OracleRun } from './pwsh-oracle.ts';
import { standInName, standInSource } from './stand-ins.ts';

/** How many seeded random lines join the systematic ones. */
const RANDOM_LINES = 1500;

export function pwshText(line: CommandLine): string {
  return [standInName(line.cmdlet), ...line.argv].join(' ');
}

export interface DifferentialRun {
  run: OracleRun;
  source: string;
  verdicts: Verdict[];
}

function differentialInputs(): { cmdlets: CmdletInfo[]; source: string; lines: CommandLine[]; texts: string[] } {
  const cmdlets = [...loadCmdlets().values()];
  const source = standInSource(cmdlets);
  const lines = [...commandLines(cmdlets, RANDOM_LINES), ...conformanceLines().map((c) => c.line)];
  return { cmdlets, source, lines, texts: lines.map(pwshText) };
}

export function runDifferential(ask: (source: string, texts: readonly string[]) => OracleRun = oracle): DifferentialRun {
  const { cmdlets, source, lines, texts } = differentialInputs();
  const byName = new Map(cmdlets.map((c) => [c.name, c]));
  const run = ask(source, texts);
  const verdicts = lines.map((line, i) => judge(byName.get(line.cmdlet)!, line, texts[i]!, run.answers[i]!));
  return { run, source, verdicts };
}

export function agreement(verdicts: readonly Verdict[]): { agree: number; compared: number; onPurpose: number; ratio: number } {
  const agree = verdicts.filter((v) => v.outcome === 'agree').length;
  const onPurpose = verdicts.filter((v) => v.outcome === 'on purpose').length;
  const compared = verdicts.length - onPurpose;
  return { agree, compared, onPurpose, ratio: compared === 0 ? 0 : agree / compared };
}
