/**
 * Runs a bound cmdlet: ShouldProcess (-WhatIf / -Confirm), the handler, and
 * -WarningAction / -ErrorAction for its warnings and non-terminating errors (preference-step.ts).
 * Where results go is the sink's business: the CLI prints them, the pwsh host collects them.
 */
import { ExitCode, PcshError } from '../core/error-record.ts';
import { randomUuid } from '../core/random-uuid.ts';
import type { CmdletContext } from '../cmdlets/types.ts';
import { cmdletMetadata } from '../cmdlets/metadata.ts';
import { runShouldProcess } from './should-process-step.ts';
import type { Connection } from './connection.ts';
import { moduleOnlyNotes } from './preferences.ts';
import { createPreferenceWriters } from './preference-step.ts';
import type { Invocation, InvocationSink, ExecuteOptions } from './invocation.ts';

/** Returns the exit code; terminating errors are thrown to the caller as PcshError. */
export async function executeCmdlet(invocation: Invocation, sink: InvocationSink, options: ExecuteOptions): Promise<number> {
  const { cmdlet, common } = invocation;
  for (const note of moduleOnlyNotes(common)) sink.verbose(note);
  const proceed = options.shouldProcessDone ? true : await runShouldProcess(invocation, sink, options);
  if (!proceed) return ExitCode.Success;
  const metadata = (options.handlers ?? cmdletMetadata).find((m) => m.name.toLowerCase() === cmdlet.name.toLowerCase());
  if (!metadata) throw new PcshError(`The cmdlet '${cmdlet.name}' has no handler in this version of pcsh.`, { errorId: 'HandlerNotFound', category: 'NotInstalled' });
  // Made on first use: Get-Help and Get-Command never make one or load the connection code.
  let correlationId: string | undefined;
  const correlation = async () => {
    if (correlationId === undefined) {
      correlationId = randomUuid();
      sink.verbose(`MS-CorrelationId: ${correlationId}`);
    }
    return correlationId;
  };
  let connection: Connection | undefined;
  const preferences = createPreferenceWriters(sink, {
    commandName: cmdlet.name,
    common,
    get interactive() {
      return options.interactive;
    },
    prompt: (question) => options.prompt(question),
    callerAppliesPreferences: options.callerAppliesPreferences ?? false,
  });
  const context: CmdletContext = {
    commandName: cmdlet.name,
    parameterSet: invocation.parameterSet,
    correlationId: correlation,
    env: options.env,
    registry: invocation.registry,
    width: options.width,
    get interactive() {
      return options.interactive;
    },
    prompt: options.prompt,
    now: () => new Date(),
    verbose: sink.verbose,
    debug: sink.debug,
    warning: preferences.warning,
    host: sink.host,
    writeObject: (item) => sink.output(item),
    writeError: preferences.writeError,
    partnerCenter: async () => {
      const { openConnection } = await import('./connection.ts');
      connection ??= await openConnection({
        env: options.env, correlationId: await correlation(), version: options.version, streams: sink, embeddedEmulator: options.embeddedEmulator,
      });
      return connection.client;
    },
  };
  try {
    const { default: handler } = await metadata.load();
    const result = await handler(invocation.bound, context);
    for (const item of Array.isArray(result) ? result : result === undefined ? [] : [result]) sink.output(item);
  } finally {
    await connection?.close();
  }
  return preferences.errorCount > 0 ? ExitCode.Failure : ExitCode.Success;
}
