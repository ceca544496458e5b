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

/** An information record ($InformationPreference defaults to SilentlyContinue; Write-Host shows anyway). */
export function decideInformation(informationAction: ActionPreference | undefined, fromWriteHost = false): StreamDecision {
  return decide(informationAction ?? (fromWriteHost ? 'Continue' : 'SilentlyContinue'));
}

/** Progress ($ProgressPreference defaults to Continue). */
export function decideProgress(progressAction: ActionPreference | undefined): StreamDecision {
  return decide(progressAction ?? 'Continue');
}

/** PowerShell's Inquire prompt for a non-terminating error or a warning. */
export function inquirePromptText(message: string): string {
  return ['', 'Confirm', 'Continue with this operation?', message, '[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"): '].join('\n');
}

const MODULE_ONLY = ['ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'] as const;

/** -Verbose notes for the common parameters given that only take effect inside pwsh. */
export function moduleOnlyNotes(common: CommonParameterValues): string[] {
  return MODULE_ONLY.filter((name) => common[name] !== undefined).map(
    (name) => `-${name} is honoured only by the pcsh PowerShell module (Import-Module PartnerCenter); outside pwsh it has no effect.`,
  );
}
