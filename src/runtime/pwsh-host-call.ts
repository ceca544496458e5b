/**
 * Structured calls for the persistent host (`pcsh host --stdio`, used by the PowerShell module):
 * a request carries parameters already bound by pwsh as JSON values; the answer collects output,
 * error records and the verbose/debug/warning streams instead of printing them.
 *
 * Never interactive. Warnings and non-terminating errors are all forwarded, whatever
 * `common.WarningAction` / `common.ErrorAction` say: the module re-writes them with WriteWarning /
 * WriteError, so pwsh applies -WarningAction / -ErrorAction and $WarningPreference /
 * $ErrorActionPreference itself (Stop, Inquire with its real prompt, Suspend, -ErrorVariable).
 * `exitCode` is 1 when any non-terminating error was written, as on the CLI.
 */
import { ExitCode, PcshError } from '../core/error-record.ts';
import { streamText } from '../core/streams.ts';
import type { HostRequest, HostResponse } from '../pwsh/host/protocol.ts';
import type { RuntimeEnvironment } from './environment.ts';
import type { EmbeddedEmulator } from './connection.ts';
import { commandNotFound } from './registry-access.ts';
import { createRegistryCache } from './registry-cache.ts';
import { accessTo, findIn } from '../registry/access.ts';
import { executeCmdlet } from './execute-cmdlet.ts';
import type { InvocationSink } from './invocation.ts';
import { asPcshError } from './cli-call.ts';
import { bindValues } from '../binder/index.ts';

export type { HostRequest as InvokeRequest, HostResponse as InvokeResponse } from '../pwsh/host/protocol.ts';

export function createPwshHostCall(environment: RuntimeEnvironment, embeddedEmulator?: EmbeddedEmulator) {
  // The host answers many requests: the checked registry stays in memory until its files change.
  const loadRegistry = createRegistryCache(environment.root);
  // The module starts the host at import: read and check the registry while pwsh is still busy, not on the first call.
  setImmediate(() => { try { loadRegistry(); } catch { /* not cached: the first request reports it */ } });
  return async function invoke(request: HostRequest): Promise<HostResponse> {
    const response: HostResponse = { id: request.id, output: [], errors: [], streams: { verbose: [], debug: [], warning: [] }, exitCode: 0 };
    const common = request.common;
    const sink: InvocationSink = {
      output: (item) => response.output.push(item),
      verbose: (m) => { if (common.Verbose) response.streams.verbose.push(m); },
      debug: (m) => { if (common.Debug) response.streams.debug.push(streamText(m)); },
      warning: (m) => response.streams.warning.push(m),
      // Host text (What if lines) never arises: pwsh ran ShouldProcess itself.
      host: () => {},
      error: (e) => response.errors.push(e.toJSON()),
    };
    try {
      const registry = loadRegistry();
      const cmdlet = findIn(registry, request.command);
      if (!cmdlet) throw commandNotFound(request.command, registry);
      const bound = bindValues(cmdlet, request.parameters, request.parameterSet ? { parameterSet: request.parameterSet } : {});
      const invocation = { ...bound, common: { ...bound.common, ...common }, cmdlet, registry: accessTo(registry) } as Parameters<typeof executeCmdlet>[0];
      response.exitCode = await executeCmdlet(invocation, sink, {
        env: environment.env,
        interactive: false,
        prompt: async () => { throw new PcshError('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', { errorId: 'PromptNotAvailable' }); },
        width: 80,
        version: environment.version,
        shouldProcessDone: request.shouldProcessDone ?? false,
        callerAppliesPreferences: true,
        ...(embeddedEmulator ? { embeddedEmulator } : {}),
      });
    } catch (error) {
      const record = asPcshError(error, request.command);
      // Bad input ends the command, as pwsh's binder would; a failed call is a non-terminating error,
      // as the original module wrote every service failure (WriteError), so -ErrorAction decides.
      response.errors.push({ ...record.toJSON(), terminating: record.exitCode === ExitCode.Usage });
      response.exitCode = record.exitCode;
    }
    return response;
  };
}
