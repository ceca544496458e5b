/**
 * The conformance table (conformance-cases.ts) as differential lines: every case not marked
 * `pcshOnly` becomes pwsh command text, so real pwsh is the oracle for the table too.
 *
 * @module
 */
import { conformanceCases } from '../conformance-cases.ts';
import type { ConformanceCase } from '../conformance-cases.ts';
import type { CommandLine } from './command-lines.ts';

/**
 * One argv entry (what bash delivered) as pwsh text meaning the same: parameters, literals
 * (`@{…}`, `'…'`, `$true`) and plain words as they are; a word pwsh would split or read as syntax
 * (spaces, braces, quotes inside, …) single-quoted, as the bash word it came from was; '' for empty.
 */
function psArgument(token: string): string {
  if (token === '') return "''";
  if (/^[-\u2013\u2014\u2015]/.test(token)) return token;
  if (/^[@'"$(]/.test(token)) return token;
  if (/[\s{}();|&<>'"`#\u2018\u2019\u201C\u201D]/.test(token)) return `'${token.replace(/['\u2018\u2019\u201A\u201B]/g, "''")}'`;
  return token;
}

export interface ConformanceLine {
  index: number;
  case: ConformanceCase;
  line: CommandLine;
}

/** The replayable cases (pcshOnly ones take input pwsh cannot: JSON, @file, `-`, a bash-emptied `-Name:`). */
export function conformanceLines(): ConformanceLine[] {
  return conformanceCases
    .map((c, index) => ({ index, case: c, line: { cmdlet: c.cmdlet, argv: c.argv.map(psArgument), family: 'conformance table' } }))
    .filter(({ case: c }) => !c.pcshOnly);
}
