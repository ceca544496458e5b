/**
 * -WarningAction and -ErrorAction for one call, as PowerShell's WriteWarning / WriteError apply
 * them (MshCommandRuntime): the decisions are preferences.ts's, this is where they act.
 *
 * | preference        | warning                               | non-terminating error                       |
 * |-------------------|---------------------------------------|---------------------------------------------|
 * | Continue (default)| `WARNING: …` on stderr                | the error on stderr                          |
 * | SilentlyContinue  | nothing                               | nothing                                      |
 * | Ignore            | nothing                               | nothing                                      |
 * | Stop              | `WARNING: …`, then terminating error  | terminating ActionPreferenceStop error       |
 * | Inquire           | `WARNING: …`, then the prompt         | the prompt, then the error (Y/A)             |
 *
 * Every non-terminating error, shown or hidden (even Ignore), makes the call fail: PowerShell sets
 * `$?` to false before it looks at the preference, so pcsh exits 1.
 *
 * At an Inquire prompt: Y goes on, A goes on and stops asking for the rest of this call (per
 * stream, as PowerShell keeps one answer per stream), H stops the command with PowerShell's
 * InquireHalt error, S explains that Suspend needs pwsh and asks again, ? lists the choices.
 * With no terminal to ask: PowerShell's NonInteractive error, terminating.
 *
 * When the caller is the pwsh module (`pcsh host --stdio`), nothing is decided here: every warning
 * and error goes back in the response and the module's WriteWarning / WriteError let pwsh apply
 * -WarningAction / -ErrorAction and the preference variables itself, real Inquire prompt included.
 *
 * @module
 */
import { PcshError } from '../core/error-record.ts';
import type { CommonParameterValues } from '../binder/types.ts';
import {
  actionPreferenceStopMessage,
  decideError,
  decideWarning,
  inquireHelpText,
  inquirePromptText,
  INQUIRE_HALT_MESSAGE,
  parseInquireAnswer,
  type PreferenceVariable,
} from './preferences.ts';
import { nonInteractiveError } from './should-process.ts';

export interface PreferenceSink {
  warning(message: string): void;
  host(message: string): void;
  error(error: PcshError): void;
}

export interface PreferenceOptions {
  commandName: string;
  common: Pick<CommonParameterValues, 'ErrorAction' | 'WarningAction'>;
  interactive: boolean;
  prompt(question: string): Promise<string>;
  /** The pwsh module applies the preferences: forward every record untouched. */
  callerAppliesPreferences?: boolean;
}

export interface PreferenceWriters {
  warning(message: string): Promise<void>;
  writeError(error: PcshError): Promise<void>;
  /** How many non-terminating errors were written (shown or not): the call failed when > 0. */
  readonly errorCount: number;
}

/** The terminating error -*Action Stop, or H at an Inquire prompt, raises (PowerShell's ActionPreferenceStopException). */
function actionPreferenceStopError(message: string, commandName: string, cause?: PcshError): PcshError {
  const details: Record<string, unknown> = {};
  if (cause) {
    details.errorId = cause.errorId;
    details.category = cause.category;
    if (cause.targetObject !== undefined) details.targetObject = cause.targetObject;
  }
  return new PcshError(message, {
    errorId: 'ActionPreferenceStop',
    category: 'OperationStopped',
    commandName,
    ...(cause ? { targetObject: cause.targetObject, details, cause } : {}),
  });
}

export function createPreferenceWriters(sink: PreferenceSink, options: PreferenceOptions): PreferenceWriters {
  const { commandName, common } = options;
  let errorCount = 0;
  const yesToAll = { warning: false, error: false };

  /** Asks until Y, A or H; H throws. Returns true for A. */
  async function inquire(message: string | undefined): Promise<boolean> {
    if (!options.interactive) {
      const error = nonInteractiveError();
      error.commandName = commandName;
      throw error;
    }
    for (;;) {
      const answer = parseInquireAnswer(await options.prompt(inquirePromptText(message)));
      if (answer === 'yes') return false;
      if (answer === 'yesToAll') return true;
      if (answer === 'halt') throw actionPreferenceStopError(INQUIRE_HALT_MESSAGE, commandName);
      if (answer === 'help') sink.host(inquireHelpText());
      else if (answer === 'suspend') sink.host('Suspend is only available inside pwsh (it opens a nested prompt there); answer Y, A or H.');
    }
  }

  const stop = (variable: PreferenceVariable, message: string, cause?: PcshError) =>
    actionPreferenceStopError(actionPreferenceStopMessage(variable, message), commandName, cause);

  return {
    get errorCount() {
      return errorCount;
    },

    async warning(message) {
      const decision = options.callerAppliesPreferences ? 'show' : decideWarning(common.WarningAction);
      if (decision === 'hide') return;
      // WriteWarning writes the line for Continue, Stop and Inquire alike, then stops or asks.
      sink.warning(message);
      if (yesToAll.warning) return;
      if (decision === 'stop') throw stop('WarningPreference', message);
      if (decision === 'inquire' && (await inquire(undefined))) yesToAll.warning = true;
    },

    async writeError(error) {
      error.commandName ??= commandName;
      errorCount++;
      const decision = options.callerAppliesPreferences ? 'show' : decideError(common.ErrorAction).action;
      if (decision === 'hide') return;
      if (!yesToAll.error) {
        if (decision === 'stop') throw stop('ErrorActionPreference', error.message, error);
        if (decision === 'inquire' && (await inquire(error.message))) yesToAll.error = true;
      }
      sink.error(error);
    },
  };
}
