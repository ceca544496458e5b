/**
 * One cmdlet call from argv: find the cmdlet, bind (prompting for missing mandatory values on a
 * terminal), ShouldProcess, run the handler, print the output. Every failure becomes a PcshError
 * rendered ConciseView-style with its exit code; nothing is sent when binding fails.
 */
import { readBoundedSync } from '../core/bounded-read.ts';
import { MAX_VALUE_BYTES } from '../binder/value-limits.ts';
import { resolve } from 'node:path';
import { ExitCode, PcshError } from '../core/error-record.ts';
import { isInteractive, useColour, type RuntimeEnvironment } from './environment.ts';
import { createStreamWriters } from '../core/streams.ts';
import { openCallRegistry, commandNotFound } from './registry-access.ts';
import type { BindResult } from '../binder/index.ts';
import type { CmdletInfo } from '../registry/model.ts';

// Start-up: only what every call needs is imported above. Help, the binder and the execution
// pipeline load on the path that uses them (`-?` never loads the binder).

export async function runCliCall(name: string, argv: string[], environment: RuntimeEnvironment): Promise<number> {
  try {
    const registry = openCallRegistry(environment.root);
    const cmdlet = registry.find(name);
    if (!cmdlet) throw commandNotFound(name, registry.all());
    if (argv.includes('-?')) return await showHelp(cmdlet, environment);
    const bound = await bindWithPrompts(cmdlet, argv, environment);
    const { runCliBoundCall } = await import('./cli-bound-call.ts');
    return await runCliBoundCall({ cmdlet, registry, ...bound }, environment);
  } catch (error) {
    const record = asPcshError(error, name);
    const writeErr = (text: string) => environment.stderr.write(text);
    createStreamWriters(writeErr, { verbose: false, debug: false, warning: true }, useColour(environment.stderr, environment.env)).error(record);
    return record.exitCode;
  }
}

async function showHelp(cmdlet: CmdletInfo, environment: RuntimeEnvironment): Promise<number> {
  const { runHelpView } = await import('./help-view.ts');
  return runHelpView(cmdlet, environment);
}

async function bindWithPrompts(cmdlet: CmdletInfo, argv: string[], environment: RuntimeEnvironment): Promise<BindResult> {
  const { bindArguments, promptForMissing } = await import('../binder/index.ts');
  const io = {
    cwd: environment.cwd,
    readFile: (path: string) => readBoundedSync(resolve(environment.cwd, path), MAX_VALUE_BYTES, 'the file'),
    readStdin: () => readBoundedSync(0, MAX_VALUE_BYTES, 'standard input'),
  };
  try {
    return bindArguments(cmdlet, argv, io);
  } catch (error) {
    const missing = error instanceof PcshError && error.errorId === 'MissingMandatoryParameter' ? (error.fields.missing as string[] | undefined) : undefined;
    if (!missing || !isInteractive(environment)) throw error;
    const { createTerminalPrompt } = await import('./terminal-prompt.ts');
    const ask = createTerminalPrompt(environment.stdin, environment.stderr);
    const supplied = await promptForMissing(cmdlet, missing, (label: string) => ask(label), (text: string) => environment.stderr.write(text));
    return bindArguments(cmdlet, argv, io, supplied);
  }
}

/** Anything unexpected still leaves as an error record (and a non-zero exit), never a stack dump. */
export function asPcshError(error: unknown, commandName: string): PcshError {
  if (error instanceof PcshError) {
    error.commandName ??= commandName;
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PcshError(message, { errorId: 'UnexpectedError', category: 'NotSpecified', commandName, exitCode: ExitCode.Failure, cause: error });
}
