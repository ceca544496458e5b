/**
 * ShouldProcess, PowerShell's decisions and texts, pure: -WhatIf wins and never prompts;
 * -Confirm prompts, -Confirm:$false never does; otherwise it prompts when $ConfirmPreference
 * (PCSH_CONFIRM_PREFERENCE, default High) is at or below the cmdlet's ConfirmImpact.
 *
 * @module
 */
import type { ConfirmImpact } from '../registry/model.ts';
import { ExitCode, PcshError } from '../core/error-record.ts';

export type ShouldProcessDecision = 'whatif' | 'prompt' | 'run';
export type ConfirmAnswer = 'yes' | 'yesToAll' | 'no' | 'noToAll' | 'suspend' | 'help';

const LEVELS: Readonly<Record<ConfirmImpact, number>> = { None: 0, Low: 1, Medium: 2, High: 3 };

export function decideShouldProcess(input: {
  whatIf: boolean;
  confirm: boolean | undefined;
  confirmImpact: ConfirmImpact;
  confirmPreference: ConfirmImpact;
}): ShouldProcessDecision {
  if (input.whatIf) return 'whatif';
  if (input.confirm === true) return 'prompt';
  if (input.confirm === false) return 'run';
  if (input.confirmPreference === 'None' || input.confirmImpact === 'None') return 'run';
  return LEVELS[input.confirmPreference] <= LEVELS[input.confirmImpact] ? 'prompt' : 'run';
}

/** `What if: Performing the operation "New-PartnerCustomerCart" on target "…".` */
export function whatIfLine(action: string, target: string): string {
  return `What if: Performing the operation "${action}" on target "${target}".`;
}

/** Fills `{Name}` placeholders from the bound parameters (missing ones become empty). */
export function shouldProcessTarget(template: string, bound: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(bound, name) ? bound[name] : undefined;
    return value === undefined || value === null ? '' : String(value);
  });
}

const CONFIRM_CHOICES = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';

/** The whole prompt, ending with the choices line the answer is typed after. */
export function confirmPromptText(action: string, target: string): string {
  return [
    '',
    'Confirm',
    'Are you sure you want to perform this action?',
    `Performing the operation "${action}" on target "${target}".`,
    CONFIRM_CHOICES,
  ].join('\n');
}

export function confirmHelpText(): string {
  return [
    'Y - Continue with only the next step of the operation.',
    'A - Continue with all the steps of the operation.',
    'N - Skip this operation and proceed with the next operation.',
    'L - Skip this operation and all subsequent operations.',
    'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
  ].join('\n');
}

const ANSWERS: Readonly<Record<string, ConfirmAnswer>> = {
  '': 'yes', y: 'yes', yes: 'yes', a: 'yesToAll', n: 'no', no: 'no', l: 'noToAll', s: 'suspend', '?': 'help',
};

/** An empty line takes the default (Y); case-insensitive; undefined means "ask again". */
export function parseConfirmAnswer(line: string): ConfirmAnswer | undefined {
  const key = line.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(ANSWERS, key) ? ANSWERS[key] : undefined;
}

export function nonInteractiveError(): PcshError {
  return new PcshError('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', {
    errorId: 'InvalidOperation',
    category: 'InvalidOperation',
    exitCode: ExitCode.Failure,
  });
}

/** $ConfirmPreference from PCSH_CONFIRM_PREFERENCE (None, Low, Medium, High; default High). */
export function confirmPreferenceFromEnv(env: Readonly<Record<string, string | undefined>>): ConfirmImpact {
  const raw = env['PCSH_CONFIRM_PREFERENCE'];
  if (raw === undefined || raw.trim() === '') return 'High';
  const found = (Object.keys(LEVELS) as ConfirmImpact[]).find((level) => level.toLowerCase() === raw.trim().toLowerCase());
  if (found) return found;
  throw new PcshError(
    `PCSH_CONFIRM_PREFERENCE has the value "${raw}", which is not a ConfirmImpact. Set it to None, Low, Medium or High (like $ConfirmPreference), or unset it for the default, High.`,
    { errorId: 'InvalidConfirmPreference', category: 'InvalidArgument', exitCode: ExitCode.Usage },
  );
}
