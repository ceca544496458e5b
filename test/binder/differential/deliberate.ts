/**
 * The differences from PowerShell pcsh keeps on purpose (README "Where pcsh differs from
 * PowerShell, on purpose"): a disagreement they explain is counted apart, never as agreement.
 *
 * @module
 */
import type { CommandLine } from './command-lines.ts';
import type { PcshAnswer } from './compare.ts';
import type { PwshAnswer } from './pwsh-oracle.ts';

export interface DeliberateDifference {
  name: string;
  applies(line: CommandLine, pcsh: PcshAnswer, pwsh: PwshAnswer): boolean;
}

const argvHas = (line: CommandLine, pattern: RegExp): boolean => line.argv.some((a) => pattern.test(a));

export const DELIBERATE: readonly DeliberateDifference[] = [
  {
    name: 'Emulator is an EnvironmentName value',
    applies: (line, pcsh) => argvHas(line, /(^|:)emulator$/i) && ('parameterSet' in pcsh || /Emulator/.test(pcsh.message)),
  },
  {
    name: 'Break is refused without a debugger',
    applies: (line, pcsh) => 'errorId' in pcsh && argvHas(line, /^(-[^:]*:)?break$/i) && /Break/.test(pcsh.message),
  },
];

export function deliberateDifference(line: CommandLine, pcsh: PcshAnswer, pwsh: PwshAnswer): string | undefined {
  return DELIBERATE.find((d) => d.applies(line, pcsh, pwsh))?.name;
}
