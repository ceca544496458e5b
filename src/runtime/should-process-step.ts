/**
 * -WhatIf / -Confirm for one call, with PowerShell's texts: the What-if line, or the Confirm
 * prompt and its choices. With no terminal to ask, PowerShell's NonInteractive error.
 */
import type { PcshError } from '../core/error-record.ts';
import {
  decideShouldProcess,
  whatIfLine,
  shouldProcessTarget,
  confirmPromptText,
  confirmHelpText,
  parseConfirmAnswer,
  confirmPreferenceFromEnv,
  nonInteractiveError,
} from './should-process.ts';
import type { Invocation, InvocationSink, ExecuteOptions } from './invocation.ts';

/** True when the cmdlet should go ahead. */
export async function runShouldProcess(invocation: Invocation, sink: InvocationSink, options: ExecuteOptions): Promise<boolean> {
  const { cmdlet, common, bound } = invocation;
  if (!cmdlet.supportsShouldProcess || !cmdlet.shouldProcessTarget) return true;
  const decision = decideShouldProcess({
    whatIf: common.WhatIf,
    confirm: common.Confirm,
    confirmImpact: cmdlet.confirmImpact,
    confirmPreference: confirmPreferenceFromEnv(options.env),
  });
  // Unbound parameters show their documented default, as the pwsh module does (Connect-PartnerCenter
  // without -Environment targets "(AzureCloud)", not "()").
  const defaults = Object.fromEntries(cmdlet.parameters.filter((p) => p.defaultValue).map((p) => [p.name, p.defaultValue]));
  const target = shouldProcessTarget(cmdlet.shouldProcessTarget, { ...defaults, ...bound });
  if (decision === 'run') return true;
  if (decision === 'whatif') {
    sink.host(whatIfLine(cmdlet.name, target));
    return false;
  }
  if (!options.interactive) throw withCommand(nonInteractiveError(), cmdlet.name);
  for (;;) {
    const answer = parseConfirmAnswer(await options.prompt(confirmPromptText(cmdlet.name, target)));
    if (answer === 'help') sink.host(confirmHelpText());
    else if (answer === 'yes' || answer === 'yesToAll') return true;
    else if (answer === 'no' || answer === 'noToAll') return false;
    else if (answer === 'suspend') sink.host('Suspend is only available inside pwsh; answer Y or N.');
  }
}

function withCommand(error: PcshError, commandName: string): PcshError {
  error.commandName = commandName;
  return error;
}
