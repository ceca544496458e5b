/**
 * The CLI side of a bound call: streams to stderr, output objects formatted on stdout.
 */
import { ExitCode, PcshError } from '../core/error-record.ts';
import { isInteractive, outputWidth, useColour, type RuntimeEnvironment } from './environment.ts';
import { createStreamWriters } from '../core/streams.ts';
import { chooseFormat, formatOutput } from './format-output.ts';
import type { TerminalPrompt } from './terminal-prompt.ts';
import { executeCmdlet } from './execute-cmdlet.ts';
import { idsUsed } from '../shell/ids-used.ts';
import type { Invocation, InvocationSink } from './invocation.ts';

export type { Invocation } from './invocation.ts';

/**
 * The terminal prompt, created on the first question (readline and stdin cost start-up time) and
 * then reused, so answers typed ahead of a prompt are kept for the next one.
 */
function lazyTerminalPrompt(environment: RuntimeEnvironment): TerminalPrompt {
  let prompt: TerminalPrompt | undefined;
  return async (question, options) => {
    prompt ??= (await import('./terminal-prompt.ts')).createTerminalPrompt(environment.stdin, environment.stderr);
    return prompt(question, options);
  };
}

export async function runCliBoundCall(invocation: Invocation, environment: RuntimeEnvironment): Promise<number> {
  const format = chooseFormat(environment.env.PCSH_FORMAT, Boolean(environment.stdout.isTTY));
  if (format instanceof Error) {
    throw new PcshError(format.message, { errorId: 'InvalidOutputFormat', category: 'InvalidArgument', exitCode: ExitCode.Usage });
  }
  const { common } = invocation;
  // -WarningAction is applied before a warning reaches the writers (preference-step.ts).
  const writers = createStreamWriters(
    (text) => environment.stderr.write(text),
    { verbose: common.Verbose, debug: common.Debug, warning: true },
    () => useColour(environment.stderr, environment.env),
  );
  const items: unknown[] = [];
  const sink: InvocationSink = { ...writers, output: (item) => items.push(item) };
  const width = outputWidth(environment);
  let code: number;
  try {
    code = await executeCmdlet(invocation, sink, {
      env: environment.env,
      get interactive() {
        return isInteractive(environment); // only asked when a prompt is possible: see stdinIsTerminal
      },
      prompt: lazyTerminalPrompt(environment),
      width,
      get version() {
        return environment.version;
      },
    });
    // Ids the call named or returned become tab-completion candidates (src/shell/remember-ids.ts);
    // the file code loads only when there are any (Get-Command and help name none). -WhatIf
    // promises no change anywhere, so such a call records none either.
    const used = code === ExitCode.Success && !common.WhatIf ? idsUsed(invocation.bound, items) : undefined;
    if (used && (used.customerIds.length > 0 || used.cartIds.length > 0)) (await import('../shell/remember-ids.ts')).rememberIds(environment.env, used);
  } finally {
    // Output produced before a terminating error is still written, as in PowerShell.
    const text = formatOutput(items, { format, width, colour: useColour(environment.stdout, environment.env) });
    if (text) environment.stdout.write(text);
  }
  return code;
}
