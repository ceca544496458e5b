/**
 * One error shape for everything pcsh reports: it serialises like a PowerShell ErrorRecord
 * (errorId, category, target, message) plus the exit code, so the pwsh module can raise it again
 * faithfully and the CLI can render it ConciseView-style (`Cmdlet-Name: message`).
 *
 * @module
 */

/** Exit codes, documented in README.md. */
export const ExitCode = {
  Success: 0,
  /** The cmdlet ran and failed: service error, not connected, declined confirmation. */
  Failure: 1,
  /** Bad input: binding, validation or usage error. Nothing was run or sent. */
  Usage: 2,
  /** The registry is stale or hand-edited: rebuild it. */
  Registry: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** PowerShell's ErrorCategory names, plus Partner Center's error categories used by the client. */
export type ErrorCategory =
  | 'NotSpecified'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidType'
  | 'ObjectNotFound'
  | 'PermissionDenied'
  | 'AuthenticationError'
  | 'ConnectionError'
  | 'OperationStopped'
  | 'OperationTimeout'
  | 'ResourceUnavailable'
  | 'NotInstalled'
  | 'ParserError'
  | 'BadInput'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'TooManyRequests'
  | 'ServerError'
  | 'ServerBusy'
  | 'RequestTimeout'
  | 'GatewayTimeout'
  | 'UnsupportedDataFormat';

/** The JSON form of an error, as the pwsh module and `trace-binding` read it. */
export interface ErrorRecordJson {
  errorId: string;
  category: ErrorCategory;
  message: string;
  targetObject?: unknown;
  commandName?: string;
  exitCode: ExitCode;
  /** Extra structured fields (parameter name, HTTP status, request id, …). */
  details?: Record<string, unknown>;
}

export interface PcshErrorOptions {
  errorId: string;
  category?: ErrorCategory;
  targetObject?: unknown;
  exitCode?: ExitCode;
  commandName?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class PcshError extends Error {
  readonly errorId: string;
  readonly category: ErrorCategory;
  readonly targetObject: unknown;
  readonly exitCode: ExitCode;
  commandName: string | undefined;
  /**
   * Structured fields (parameter name, HTTP status, request id, …); serialised as `details`.
   * Not named `details` on the instance: uvu formats a thrown error's `details` as a string.
   */
  readonly fields: Record<string, unknown>;

  constructor(message: string, options: PcshErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PcshError';
    this.errorId = options.errorId;
    this.category = options.category ?? 'NotSpecified';
    this.targetObject = options.targetObject;
    this.exitCode = options.exitCode ?? ExitCode.Failure;
    this.commandName = options.commandName;
    this.fields = options.details ?? {};
  }

  /** PowerShell's FullyQualifiedErrorId: `<ErrorId>,<command>`. */
  get fullyQualifiedErrorId(): string {
    return this.commandName ? `${this.errorId},${this.commandName}` : this.errorId;
  }

  toJSON(): ErrorRecordJson {
    const json: ErrorRecordJson = {
      errorId: this.errorId,
      category: this.category,
      message: this.message,
      exitCode: this.exitCode,
    };
    if (this.targetObject !== undefined) json.targetObject = this.targetObject;
    if (this.commandName !== undefined) json.commandName = this.commandName;
    if (Object.keys(this.fields).length > 0) json.details = this.fields;
    return json;
  }
}

/** ConciseView: `Cmdlet-Name: message` (just the message when no command is known). */
export function formatConcise(error: PcshError): string {
  return error.commandName ? `${error.commandName}: ${error.message}` : error.message;
}
