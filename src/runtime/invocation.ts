/**
 * One bound cmdlet call as the runtime passes it around: what was bound (Invocation), where its
 * results go (InvocationSink: the CLI prints them, the pwsh host collects them), and how it may
 * behave (ExecuteOptions). Apart from execute-cmdlet.ts so its steps can share the types without
 * importing it back.
 */
import type { PcshError } from '../core/error-record.ts';
import type { StreamText } from '../core/streams.ts';
import type { CmdletInfo } from '../registry/model.ts';
import type { RegistryAccess } from '../registry/access.ts';
import type { BindResult } from '../binder/index.ts';
import type { CmdletMetadata } from '../cmdlets/types.ts';
import type { EmbeddedEmulator } from './connection.ts';

export interface Invocation extends BindResult {
  cmdlet: CmdletInfo;
  registry: RegistryAccess;
}

export interface InvocationSink {
  output(item: unknown): void;
  verbose(message: string): void;
  /** A function is called only when -Debug shows its text (core/streams.ts). */
  debug(message: StreamText): void;
  warning(message: string): void;
  host(message: string): void;
  error(error: PcshError): void;
}

export interface ExecuteOptions {
  env: Readonly<Record<string, string | undefined>>;
  interactive: boolean;
  prompt(question: string, options?: { hidden?: boolean }): Promise<string>;
  width: number;
  version: string;
  /** The caller (the pwsh module) already ran ShouldProcess: never ask again. */
  shouldProcessDone?: boolean;
  /**
   * The caller (the pwsh module) applies -WarningAction / -ErrorAction and the preference
   * variables itself (its WriteWarning / WriteError): forward every warning and error as is.
   */
  callerAppliesPreferences?: boolean;
  /** The handler table; tests put their own handlers here. Default: the cmdlets' metadata. */
  handlers?: readonly CmdletMetadata[];
  /** A long-lived caller (`pcsh host --stdio`) shares one embedded emulator across calls. */
  embeddedEmulator?: EmbeddedEmulator;
}
