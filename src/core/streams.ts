/**
 * The non-output streams on stderr, PowerShell style: `VERBOSE: …`, `DEBUG: …`, `WARNING: …`,
 * and error records in ConciseView. Yellow/red on a terminal unless NO_COLOR.
 */
import { formatConcise, type PcshError } from './error-record.ts';

export interface StreamSwitches {
  verbose: boolean;
  debug: boolean;
  /** false for -WarningAction SilentlyContinue / Ignore. */
  warning: boolean;
}

/**
 * Text for a stream that may be off. A function is called only when the stream is shown, so text
 * that is costly to build (redacted request and response bodies for -Debug) is never built for nothing.
 */
export type StreamText = string | (() => string);

export function streamText(text: StreamText): string {
  return typeof text === 'function' ? text() : text;
}

const YELLOW = '\u001b[33;1m';
const RED = '\u001b[31;1m';
const RESET = '\u001b[0m';

/**
 * `colour` may be a function: it is asked on the first write only, so a call that writes nothing
 * to stderr never initialises process.stderr (a pipe costs several ms of start-up).
 */
export function createStreamWriters(write: (text: string) => void, switches: StreamSwitches, colour: boolean | (() => boolean)) {
  let coloured = typeof colour === 'boolean' ? colour : undefined;
  const paint = (code: string, text: string) => ((coloured ??= (colour as () => boolean)()) ? `${code}${text}${RESET}` : text);
  const line = (prefix: string, code: string) => (message: StreamText) => {
    for (const part of streamText(message).split('\n')) write(paint(code, `${prefix}${part}`) + '\n');
  };
  return {
    verbose: switches.verbose ? line('VERBOSE: ', YELLOW) : () => {},
    debug: switches.debug ? line('DEBUG: ', YELLOW) : () => {},
    warning: switches.warning ? line('WARNING: ', YELLOW) : () => {},
    host: (message: string) => write(message.endsWith('\n') ? message : `${message}\n`),
    error: (error: PcshError) => write(paint(RED, formatConcise(error)) + '\n'),
  };
}
export type StreamWriters = ReturnType<typeof createStreamWriters>;

/** Output streams other than the success stream; all go to stderr on the CLI. */
export interface CmdletStreams {
  /** `VERBOSE: …`, shown with -Verbose. */
  verbose(message: string): void;
  /** `DEBUG: …`, shown with -Debug; a function is called only then. */
  debug(message: StreamText): void;
  /**
   * `WARNING: …`, as PowerShell's WriteWarning: shown, hidden, made terminating or asked about
   * according to -WarningAction. Await it: Stop, or H at the Inquire prompt, rejects with the
   * terminating error.
   */
  warning(message: string): Promise<void>;
  /** Host text (device-code instructions, prompts): always stderr, never the output stream. */
  host(message: string): void;
  /**
   * A non-terminating error (e.g. one failed order group of a checkout), as PowerShell's WriteError:
   * shown, hidden, made terminating or asked about according to -ErrorAction; either way the call
   * fails (exit code 1). Await it: Stop, or H at the Inquire prompt, rejects with the terminating
   * error. Throw a PcshError for errors that are terminating by nature.
   */
  writeError(error: PcshError): Promise<void>;
}
