/**
 * The contract between the runtime and a cmdlet handler. Handlers are thin: typed bound
 * parameters in, client calls, plain objects out; no parsing, no printing. They are imported
 * lazily, only when their cmdlet runs.
 *
 * @module
 */
import type { CmdletBuildMetadata } from '../registry/model.ts';
import type { RegistryAccess } from '../registry/access.ts';
import type { CmdletStreams } from '../core/streams.ts';
import type { PartnerCenterClient } from '../partner-center/client-types.ts';

export interface CmdletContext extends CmdletStreams {
  readonly commandName: string;
  readonly parameterSet: string;
  /** One per cmdlet invocation, made on first use; sent as MS-CorrelationId. */
  correlationId(): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The registry: one cmdlet by name, or all of them (Get-Help and Get-Command read it). */
  readonly registry: RegistryAccess;
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

/** A cmdlet's build-time metadata plus its handler. */
export interface CmdletMetadata extends CmdletBuildMetadata {
  /** Lazily loads the handler module (its default export). */
  // Each handler takes its own parameter type, and one table holds them all (unknown would not accept them).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load: () => Promise<{ default: CmdletHandler<any> }>;
}
