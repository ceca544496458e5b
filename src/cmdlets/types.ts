/**
 * The contract between the runtime and a cmdlet handler. Handlers are thin: typed bound
 * parameters in, client calls, plain objects out; no parsing, no printing. They are imported
 * lazily, only when their cmdlet runs.
 *
 * @module
 */
import type { ConfirmImpact, ParameterValidation, Registry } from '../registry/model.ts';
import type { PartnerCenterClient } from '../partner-center/client-types.ts';

/** Output streams other than the success stream; all go to stderr on the CLI. */
export interface CmdletStreams {
  /** `VERBOSE: …`, shown with -Verbose. */
  verbose(message: string): void;
  /** `DEBUG: …`, shown with -Debug. */
  debug(message: string): void;
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
  writeError(error: import('../core/error-record.ts').PcshError): Promise<void>;
}

export interface CmdletContext extends CmdletStreams {
  readonly commandName: string;
  readonly parameterSet: string;
  /** One per cmdlet invocation, made on first use; sent as MS-CorrelationId. */
  correlationId(): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The loaded registry (Get-Help and Get-Command read it). */
  readonly registry: Registry;
  /** Output width for text (terminal columns, or 80 when not a terminal). */
  readonly width: number;
  /** Whether a terminal is attached to stdin (prompts allowed). */
  readonly interactive: boolean;
  /** Read a line from the terminal; `hidden` masks the echo (secrets). Throws when not interactive. */
  prompt(question: string, options?: { hidden?: boolean }): Promise<string>;
  /**
   * An object for the output stream now, as PowerShell's WriteObject: output written before a
   * terminating error (-ErrorAction Stop) is still printed. Returned objects follow it.
   */
  writeObject(item: unknown): void;
  /** Current time; injectable for tests. */
  now(): Date;
  /** The client for the connected account; throws the NotConnected error when there is none. */
  partnerCenter(): Promise<PartnerCenterClient>;
}

/**
 * A handler gets the bound parameters (canonical names, converted values) and returns the
 * objects for the output stream: one object, an array of objects, or undefined for none.
 */
export type CmdletHandler<P> = (parameters: P, context: CmdletContext) => Promise<unknown>;

/** What platyPS cannot carry, kept next to the handler and merged into the registry at build time. */
export interface CmdletMetadata {
  name: string;
  confirmImpact?: ConfirmImpact;
  /** ShouldProcess target text with `{ParameterName}` placeholders; null when the cmdlet has no ShouldProcess. */
  shouldProcessTarget?: string | null;
  /** Per-parameter validation keyed by canonical parameter name. */
  validation?: Record<string, ParameterValidation>;
  /** Lazily loads the handler module (its default export). */
  load: () => Promise<{ default: CmdletHandler<any> }>;
}
