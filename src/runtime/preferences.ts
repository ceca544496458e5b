/**
 * What -ErrorAction, -WarningAction and -InformationAction (and their defaults) do to a message,
 * decided purely: Stop turns a non-terminating error into a terminating one, SilentlyContinue
 * and Ignore hide it (Ignore also keeps it out of the error list), Inquire asks, Continue shows.
 * Plus the -Verbose note for the parameters only the pcsh PowerShell module can honour.
 *
 * @module
 */
import type { ActionPreference, CommonParameterValues } from '../binder/types.ts';

export type StreamDecision = 'show' | 'hide' | 'stop' | 'inquire';

export interface ErrorDecision {
  action: StreamDecision;
  /** False for Ignore: pwsh does not even add the error to $Error. */
  record: boolean;
}

function decide(preference: ActionPreference): StreamDecision {
  switch (preference) {
    case 'Stop':
      return 'stop';
    case 'SilentlyContinue':
    case 'Ignore':
      return 'hide';
    case 'Inquire':
      return 'inquire';
    case 'Continue':
      return 'show';
  }
}

/** A non-terminating error ($ErrorActionPreference defaults to Continue). */
export function decideError(errorAction: ActionPreference | undefined): ErrorDecision {
  const preference = errorAction ?? 'Continue';
  return { action: decide(preference), record: preference !== 'Ignore' };
}

/** A warning ($WarningPreference defaults to Continue). */
export function decideWarning(warningAction: ActionPreference | undefined): StreamDecision {
  return decide(warningAction ?? 'Continue');
}

/**
 * PowerShell's texts for the preferences, from CommandBaseStrings.resx (ErrorPreferenceStop,
 * InquireHalt, InquireCaptionDefault, ShouldContinuePromptCaption, the Continue/Halt/Pause labels
 * and help messages) and MshCommandRuntime.cs (which ones go together).
 */
export type PreferenceVariable = 'ErrorActionPreference' | 'WarningPreference';

/** ErrorPreferenceStop: the message of the ActionPreferenceStopException that -*Action Stop throws. */
export function actionPreferenceStopMessage(variable: PreferenceVariable, message: string): string {
  return `The running command stopped because the preference variable "${variable}" or common parameter is set to Stop: ${message}`;
}

/** InquireHalt: the terminating error when H (Halt Command) is chosen at an Inquire prompt. */
export const INQUIRE_HALT_MESSAGE = 'The running command stopped because the user selected the Stop option.';

/** InquireHelper with YesToAll and Halt (no NoToAll): the choices of an Inquire prompt. */
export const INQUIRE_CHOICES = '[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"): ';

/**
 * PowerShell's Inquire prompt (caption "Confirm"). For a non-terminating error the message is the
 * error's own message (WriteError passes it to InquireHelper); for a warning there is none and
 * PowerShell falls back to "Continue with this operation?" — the warning line itself was
 * written just before the prompt.
 */
export function inquirePromptText(message?: string): string {
  return ['', 'Confirm', message === undefined || message === '' ? 'Continue with this operation?' : message, INQUIRE_CHOICES].join('\n');
}

/** What `?` prints at an Inquire prompt: each choice's help message. */
export function inquireHelpText(): string {
  return [
    'Y - Continue with only the next step of the operation.',
    'A - Continue with all the steps of the operation.',
    'H - Stop this command.',
    'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
  ].join('\n');
}

export type InquireAnswer = 'yes' | 'yesToAll' | 'halt' | 'suspend' | 'help';

const INQUIRE_ANSWERS: Readonly<Record<string, InquireAnswer>> = {
  '': 'yes', y: 'yes', yes: 'yes', a: 'yesToAll', 'yes to all': 'yesToAll', h: 'halt', 'halt command': 'halt', s: 'suspend', suspend: 'suspend', '?': 'help',
};

/** A hot key or a whole label, case-insensitive; an empty line takes the default (Y); undefined: ask again. */
export function parseInquireAnswer(line: string): InquireAnswer | undefined {
  const key = line.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(INQUIRE_ANSWERS, key) ? INQUIRE_ANSWERS[key] : undefined;
}

const MODULE_ONLY = ['ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'] as const;

/** -Verbose notes for the common parameters given that only take effect inside pwsh. */
export function moduleOnlyNotes(common: CommonParameterValues): string[] {
  return MODULE_ONLY.filter((name) => common[name] !== undefined).map(
    (name) => `-${name} only has a meaning inside pwsh: it is honoured by the pcsh PowerShell module (Import-Module PartnerCenter), and ignored here.`,
  );
}
