/**
 * Size limits for parameter values, whatever their source (argv, `@file`, a device, stdin `-`,
 * the pwsh module), and quoting a value in a message by a short prefix only, so a huge value
 * never floods an error or the terminal.
 *
 * @module
 */
import { ExitCode, PcshError } from '../core/error-record.ts';

/** The most pcsh takes for one value (bytes read from a source, UTF-16 units of a literal). */
export const MAX_VALUE_BYTES = 1024 * 1024;

/** How much of a value an error message quotes. */
const QUOTED_PREFIX = 80;

/** `text` as an error message may quote it: whole when short, else its start and its length. */
export function quotePrefix(text: string): string {
  if (text.length <= QUOTED_PREFIX) return text;
  return `${text.slice(0, QUOTED_PREFIX)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/** Refuses one argument longer than MAX_VALUE_BYTES before any parsing. */
export function checkArgumentSizes(command: string, argv: readonly string[]): void {
  for (const [index, text] of argv.entries()) {
    if (text.length <= MAX_VALUE_BYTES) continue;
    throw new PcshError(
      `Cannot process argument ${index + 1} because it is ${text.length.toLocaleString('en-US')} characters long; ` +
        `pcsh accepts at most ${MAX_VALUE_BYTES.toLocaleString('en-US')} per value. It starts with "${quotePrefix(text)}".`,
      { errorId: 'ArgumentTooLarge', category: 'InvalidArgument', commandName: command, exitCode: ExitCode.Usage, details: { position: index + 1, length: text.length } },
    );
  }
}
