/**
 * One command line through the binder in-process and against pwsh's answer: agree or not, and the
 * cause of a disagreement (the line's family and both outcomes), for grouping in the report.
 *
 * @module
 */
import { traceBinding } from '../../../src/binder/index.ts';
import type { CmdletInfo } from '../../../src/registry/model.ts';
import { testIo } from '../registry.ts';
import type { CommandLine } from './command-lines.ts';
import { deliberateDifference } from './deliberate.ts';
import { withoutDefaults } from './pwsh-oracle.ts';
import type { PwshAnswer } from './pwsh-oracle.ts';

export type PcshAnswer = { parameterSet: string; bound: Record<string, unknown> } | { errorId: string; message: string };

export interface Verdict {
  line: CommandLine;
  text: string;
  pcsh: PcshAnswer;
  pwsh: PwshAnswer;
  outcome: 'agree' | 'differ' | 'on purpose';
  /** For 'differ': the group key; for 'on purpose': the deliberate difference's name. */
  cause: string;
}

function pcshAnswer(cmdlet: CmdletInfo, line: CommandLine): PcshAnswer {
  const { json } = traceBinding(cmdlet, line.cmdlet, line.argv, testIo);
  const answer = JSON.parse(json) as PcshAnswer & { command?: string };
  delete answer.command;
  return answer;
}

function normalBound(bound: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(bound).sort()) {
    const value = bound[key];
    out[key] = typeof value === 'object' && value !== null ? withoutDefaults(value) : value;
  }
  return JSON.stringify(out);
}

const errorIdOf = (errorId: string): string => errorId.split(',')[0]!;

/**
 * pwsh's text where it is known: a message naming the stand-ins' compiled assembly (a random name
 * per run, `Version=0.0.0.0`) is compared up to its list of settable properties.
 */
function sameMessage(pcsh: string, pwsh: string): boolean {
  const cut = pwsh.indexOf('The settable properties are:');
  if (pwsh.includes('Version=0.0.0.0') && cut > 0) return pcsh.startsWith(pwsh.slice(0, cut));
  return pcsh === pwsh;
}

export function sameAnswer(pcsh: PcshAnswer, pwsh: PwshAnswer): boolean {
  if ('errorId' in pwsh) return 'errorId' in pcsh && errorIdOf(pcsh.errorId) === errorIdOf(pwsh.errorId) && sameMessage(pcsh.message, pwsh.message);
  return 'parameterSet' in pcsh && pcsh.parameterSet === pwsh.parameterSet && normalBound(pcsh.bound) === normalBound(pwsh.bound);
}

function outcomeName(answer: PcshAnswer | PwshAnswer): string {
  return 'errorId' in answer ? errorIdOf(answer.errorId) : 'binds';
}

export function judge(cmdlet: CmdletInfo, line: CommandLine, text: string, pwsh: PwshAnswer): Verdict {
  const pcsh = pcshAnswer(cmdlet, line);
  if (sameAnswer(pcsh, pwsh)) return { line, text, pcsh, pwsh, outcome: 'agree', cause: '' };
  const deliberate = deliberateDifference(line, pcsh, pwsh);
  if (deliberate !== undefined) return { line, text, pcsh, pwsh, outcome: 'on purpose', cause: deliberate };
  const what = outcomeName(pcsh) === outcomeName(pwsh) ? (outcomeName(pcsh) === 'binds' ? 'bound values' : 'message') : `${outcomeName(pcsh)} vs ${outcomeName(pwsh)}`;
  return { line, text, pcsh, pwsh, outcome: 'differ', cause: `${line.family}: ${what}` };
}
