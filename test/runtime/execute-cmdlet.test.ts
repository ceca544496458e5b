/**
 * -WarningAction / -ErrorAction as executeCmdlet wires them (preference-step.ts): a fake handler
 * writes an object, a warning and two non-terminating errors; a fake sink records what reaches
 * the streams, and the prompt answers from a queue.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { executeCmdlet } from '../../src/runtime/execute-cmdlet.ts';
import type { Invocation, InvocationSink, ExecuteOptions } from '../../src/runtime/invocation.ts';
import { PcshError } from '../../src/core/error-record.ts';
import { INQUIRE_CHOICES, inquireHelpText, inquirePromptText } from '../../src/runtime/preferences.ts';
import type { CmdletHandler, CmdletMetadata } from '../../src/cmdlets/types.ts';
import type { CommonParameterValues } from '../../src/binder/types.ts';
import type { CmdletInfo } from '../../src/registry/model.ts';
import type { RegistryAccess } from '../../src/registry/access.ts';

const NAME = 'Test-Preference';

interface Recorded {
  output: unknown[];
  warning: string[];
  verbose: string[];
  host: string[];
  errors: PcshError[];
  prompts: string[];
  /** Every event in order, to check what came before what. */
  events: string[];
  reached: string[];
}

function fakeSink(recorded: Recorded): InvocationSink {
  return {
    output: (item) => { recorded.output.push(item); recorded.events.push('output'); },
    verbose: (m) => { recorded.verbose.push(m); recorded.events.push('verbose'); },
    debug: () => {},
    warning: (m) => { recorded.warning.push(m); recorded.events.push(`warning:${m}`); },
    host: (m) => { recorded.host.push(m); recorded.events.push('host'); },
    error: (e) => { recorded.errors.push(e); recorded.events.push(`error:${e.errorId}`); },
  };
}

/** Writes an object, one warning, two errors, and returns a last object; notes how far it got. */
function handler(recorded: Recorded): CmdletHandler<Record<string, unknown>> {
  return async (_parameters, context) => {
    context.writeObject({ first: true });
    recorded.reached.push('start');
    await context.warning('Line item 0 (X): InvalidInput: bad. Checkout will fail until it is fixed.');
    recorded.reached.push('after warning');
    await context.writeError(new PcshError('Order group 1 was not ordered: 10011 SubscriptionNotRegistered: not registered', { errorId: 'OrderError.10011', category: 'InvalidOperation', targetObject: '1' }));
    recorded.reached.push('after error 1');
    await context.writeError(new PcshError('Order group 2 was not ordered: 10011 SubscriptionNotRegistered: not registered', { errorId: 'OrderError.10011', category: 'InvalidOperation', targetObject: '2' }));
    recorded.reached.push('after error 2');
    return { last: true };
  };
}

interface RunOptions {
  common?: Partial<CommonParameterValues>;
  interactive?: boolean;
  answers?: string[];
  callerAppliesPreferences?: boolean;
}

async function run(options: RunOptions = {}): Promise<{ code?: number; thrown?: PcshError; recorded: Recorded }> {
  const recorded: Recorded = { output: [], warning: [], verbose: [], host: [], errors: [], prompts: [], events: [], reached: [] };
  const answers = [...(options.answers ?? [])];
  const metadata: CmdletMetadata = { name: NAME, load: async () => ({ default: handler(recorded) }) };
  const cmdlet = { name: NAME, supportsShouldProcess: false, shouldProcessTarget: null, parameters: [], confirmImpact: 'Medium' } as unknown as CmdletInfo;
  const invocation: Invocation = {
    command: NAME,
    parameterSet: '__AllParameterSets',
    bound: {},
    common: { Verbose: false, Debug: false, WhatIf: false, Confirm: undefined, ...options.common },
    cmdlet,
    registry: undefined as unknown as RegistryAccess,
  };
  const executeOptions: ExecuteOptions = {
    env: {},
    interactive: options.interactive ?? false,
    prompt: async (question) => {
      recorded.prompts.push(question);
      recorded.events.push('prompt');
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`no answer queued for:\n${question}`);
      return answer;
    },
    width: 80,
    version: 'test',
    handlers: [metadata],
    callerAppliesPreferences: options.callerAppliesPreferences ?? false,
  };
  try {
    return { code: await executeCmdlet(invocation, fakeSink(recorded), executeOptions), recorded };
  } catch (error) {
    if (!(error instanceof PcshError)) throw error;
    return { thrown: error, recorded };
  }
}

const WARNING = 'Line item 0 (X): InvalidInput: bad. Checkout will fail until it is fixed.';
const ERROR_1 = 'Order group 1 was not ordered: 10011 SubscriptionNotRegistered: not registered';

test('Continue (default): the warning and both errors reach the streams, the run goes to the end, exit 1', async () => {
  const { code, recorded } = await run();
  assert.is(code, 1);
  assert.equal(recorded.warning, [WARNING]);
  assert.equal(recorded.errors.map((e) => [e.errorId, e.commandName, e.targetObject]), [['OrderError.10011', NAME, '1'], ['OrderError.10011', NAME, '2']]);
  assert.equal(recorded.output, [{ first: true }, { last: true }]);
  assert.equal(recorded.reached, ['start', 'after warning', 'after error 1', 'after error 2']);
});

test('-WarningAction SilentlyContinue and Ignore hide the warning; Continue shows it', async () => {
  for (const action of ['SilentlyContinue', 'Ignore'] as const) {
    const { code, recorded } = await run({ common: { WarningAction: action } });
    assert.equal(recorded.warning, [], action);
    assert.is(recorded.errors.length, 2, action);
    assert.is(code, 1, action);
  }
  assert.equal((await run({ common: { WarningAction: 'Continue' } })).recorded.warning, [WARNING]);
});

test('-ErrorAction SilentlyContinue and Ignore hide the errors, but the call still failed ($? is false): exit 1', async () => {
  for (const action of ['SilentlyContinue', 'Ignore'] as const) {
    const { code, recorded } = await run({ common: { ErrorAction: action } });
    assert.is(code, 1, action);
    assert.equal(recorded.errors, [], action);
    assert.equal(recorded.reached, ['start', 'after warning', 'after error 1', 'after error 2'], action);
    assert.equal(recorded.output, [{ first: true }, { last: true }], action);
  }
});

test('-ErrorAction Stop: the first error becomes terminating ActionPreferenceStop with PowerShell\'s text; output and warning before it stay', async () => {
  const { thrown, recorded } = await run({ common: { ErrorAction: 'Stop' } });
  assert.ok(thrown);
  assert.is(thrown!.errorId, 'ActionPreferenceStop');
  assert.is(thrown!.category, 'OperationStopped');
  assert.is(thrown!.commandName, NAME);
  assert.is(thrown!.exitCode, 1);
  assert.is(thrown!.message, `The running command stopped because the preference variable "ErrorActionPreference" or common parameter is set to Stop: ${ERROR_1}`);
  assert.is(thrown!.fields.errorId, 'OrderError.10011');
  assert.is(thrown!.targetObject, '1');
  assert.equal(recorded.errors, []);
  assert.equal(recorded.output, [{ first: true }]);
  assert.equal(recorded.warning, [WARNING]);
  assert.equal(recorded.reached, ['start', 'after warning']);
});

test('-WarningAction Stop: the warning line is written, then the terminating error with "WarningPreference"', async () => {
  const { thrown, recorded } = await run({ common: { WarningAction: 'Stop' } });
  assert.is(thrown!.errorId, 'ActionPreferenceStop');
  assert.is(thrown!.message, `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${WARNING}`);
  assert.equal(recorded.warning, [WARNING]);
  assert.equal(recorded.reached, ['start']);
});

test('Inquire with no terminal: PowerShell\'s NonInteractive error, terminating, nothing asked', async () => {
  for (const common of [{ ErrorAction: 'Inquire' }, { WarningAction: 'Inquire' }] as const) {
    const { thrown, recorded } = await run({ common });
    assert.is(thrown!.message, 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    assert.is(thrown!.commandName, NAME);
    assert.equal(recorded.prompts, []);
  }
});

test('-ErrorAction Inquire: the prompt carries the error message; ? lists the help, S explains, Y writes the error and asks again for the next', async () => {
  const { code, recorded } = await run({ common: { ErrorAction: 'Inquire' }, interactive: true, answers: ['?', 's', 'maybe', 'y', ''] });
  assert.is(code, 1);
  assert.is(recorded.prompts[0], `\nConfirm\n${ERROR_1}\n${INQUIRE_CHOICES}`);
  assert.is(recorded.prompts[0], inquirePromptText(ERROR_1));
  assert.is(recorded.prompts.length, 5);
  assert.equal(recorded.host[0], inquireHelpText());
  assert.match(recorded.host[0]!, /^Y - Continue with only the next step of the operation\.\nA - Continue with all the steps of the operation\.\nH - Stop this command\.\nS - Pause the current pipeline/);
  assert.match(recorded.host[1]!, /Suspend is only available inside pwsh/);
  assert.is(recorded.errors.length, 2);
  // The error is written after the answer, not before the prompt.
  const E = 'error:OrderError.10011';
  assert.equal(recorded.events.filter((e) => e === 'prompt' || e.startsWith('error:')), ['prompt', 'prompt', 'prompt', 'prompt', E, 'prompt', E]);
});

test('-ErrorAction Inquire: A (Yes to All) stops asking for the rest of the call', async () => {
  const { code, recorded } = await run({ common: { ErrorAction: 'Inquire' }, interactive: true, answers: ['A'] });
  assert.is(code, 1);
  assert.is(recorded.prompts.length, 1);
  assert.is(recorded.errors.length, 2);
});

test('-ErrorAction Inquire: H (Halt Command) stops with PowerShell\'s InquireHalt text; the output before it stays', async () => {
  const { thrown, recorded } = await run({ common: { ErrorAction: 'Inquire' }, interactive: true, answers: ['h'] });
  assert.is(thrown!.errorId, 'ActionPreferenceStop');
  assert.is(thrown!.message, 'The running command stopped because the user selected the Stop option.');
  assert.equal(recorded.errors, []);
  assert.equal(recorded.output, [{ first: true }]);
  assert.equal(recorded.reached, ['start', 'after warning']);
});

test('-WarningAction Inquire: the warning line, then "Continue with this operation?"; Y goes on', async () => {
  const { code, recorded } = await run({ common: { WarningAction: 'Inquire' }, interactive: true, answers: ['Y'] });
  assert.is(code, 1);
  assert.is(recorded.prompts[0], `\nConfirm\nContinue with this operation?\n${INQUIRE_CHOICES}`);
  assert.equal(recorded.events.slice(1, 3), [`warning:${WARNING}`, 'prompt']);
  assert.equal(recorded.reached, ['start', 'after warning', 'after error 1', 'after error 2']);
});

test('the pwsh host (callerAppliesPreferences): every warning and error is forwarded, Stop and Inquire are left to pwsh', async () => {
  for (const common of [{ ErrorAction: 'Stop', WarningAction: 'Stop' }, { ErrorAction: 'Inquire', WarningAction: 'SilentlyContinue' }, { ErrorAction: 'Ignore' }] as const) {
    const { code, thrown, recorded } = await run({ common, callerAppliesPreferences: true });
    assert.is(thrown, undefined, JSON.stringify(common));
    assert.is(code, 1);
    assert.equal(recorded.warning, [WARNING]);
    assert.is(recorded.errors.length, 2);
    assert.equal(recorded.prompts, []);
  }
});

test('-Verbose notes for the parameters only the pwsh module honours (moduleOnlyNotes), once each', async () => {
  const { recorded } = await run({ common: { OutVariable: 'o', ErrorVariable: 'e', ErrorAction: 'SilentlyContinue' } });
  assert.equal(recorded.verbose, [
    '-ErrorVariable only has a meaning inside pwsh: it is honoured by the pcsh PowerShell module (Import-Module PartnerCenter), and ignored here.',
    '-OutVariable only has a meaning inside pwsh: it is honoured by the pcsh PowerShell module (Import-Module PartnerCenter), and ignored here.',
  ]);
});

test.run();
