/**
 * PartnerCenterError: a failed Partner Center call, keeping the response (status, API code,
 * description, body, request and correlation ids) and the cause. The message is
 * `<text> (<code>, HTTP <status>, request <id>)`; the text's prefix comes from the first case
 * that applies, most specific first: timeout > throttled > unauthorised/forbidden > API error
 * code > HTTP status > generic.
 *
 * @module
 */
import { PcshError, ExitCode } from '../core/error-record.ts';
import type { ErrorCategory } from '../core/error-record.ts';
import { STATUS_TEXT, categoryForStatus } from './error-category.ts';

export type FailureReason = 'timeout' | 'throttled' | 'unauthorized' | 'forbidden' | 'api' | 'http' | 'network';

export interface PartnerCenterFailure {
  method: string;
  url: string;
  requestId: string;
  correlationId: string;
  attempts: number;
  /** HTTP status of the last response; absent for timeouts and network errors. */
  status?: number;
  /** Raw response body of the last response. */
  body?: string;
  /** Partner Center API error code (`800008`), from the fault body. */
  code?: string;
  /** Description from the body (fault `description` or the 429 `message`). */
  description?: string;
  /** Per-line errors from the fault's `data` (800009), shown after the description. */
  lineErrors?: string[];
  timedOut?: boolean;
  timeoutMs?: number;
  cause?: unknown;
}

interface Case {
  reason: FailureReason;
  applies(f: PartnerCenterFailure): boolean;
  text(f: PartnerCenterFailure): string;
}

function causeText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause ?? 'unknown error');
}

function withoutFinalDot(text: string): string {
  return text.replace(/\.$/, '');
}

/** The ordered list of cases: the first that applies names the failure. */
const CASES: readonly Case[] = [
  {
    reason: 'timeout',
    applies: (f) => f.timedOut === true,
    text: (f) => `Partner Center did not answer within ${f.timeoutMs ?? '?'} ms`,
  },
  {
    reason: 'throttled',
    applies: (f) => f.status === 429,
    text: (f) => `Partner Center is throttling requests: ${f.description ?? 'Rate limit is exceeded.'}`,
  },
  {
    reason: 'unauthorized',
    applies: (f) => f.status === 401,
    text: (f) => `The access token was rejected: ${withoutFinalDot(f.description ?? 'it is missing, invalid or expired')}; run Connect-PartnerCenter to sign in again`,
  },
  {
    reason: 'forbidden',
    applies: (f) => f.status === 403,
    text: (f) => `Access denied: ${f.description ?? 'the signed-in account may not perform this operation'}`,
  },
  {
    reason: 'api',
    applies: (f) => f.code !== undefined && f.description !== undefined,
    text: (f) => [f.description ?? '', ...(f.lineErrors ?? []).map((line) => line.replace(/([^.])$/, '$1.'))].join(' '),
  },
  {
    reason: 'http',
    applies: (f) => f.status !== undefined,
    text: (f) => f.description ?? `Partner Center answered HTTP ${f.status} ${STATUS_TEXT[f.status ?? 0] ?? ''}`.trimEnd(),
  },
  { reason: 'network', applies: () => true, text: (f) => `Could not reach Partner Center: ${causeText(f.cause)}` },
];

function detailParts(f: PartnerCenterFailure): string {
  const parts: string[] = [];
  if (f.code !== undefined) parts.push(f.code);
  if (f.status !== undefined) parts.push(`HTTP ${f.status}`);
  parts.push(`request ${f.requestId}`);
  if (f.attempts > 1) parts.push(`${f.attempts} attempts`);
  return parts.join(', ');
}

function errorIdFor(reason: FailureReason, f: PartnerCenterFailure): string {
  if (f.code !== undefined) return `PartnerCenterError.${f.code}`;
  if (f.status !== undefined) return `PartnerCenterError.HTTP${f.status}`;
  return reason === 'timeout' ? 'PartnerCenterError.Timeout' : 'PartnerCenterError.Network';
}

function categoryFor(reason: FailureReason, f: PartnerCenterFailure): ErrorCategory {
  if (f.status !== undefined) return categoryForStatus(f.status);
  return reason === 'timeout' ? 'OperationTimeout' : 'ConnectionError';
}

export class PartnerCenterError extends PcshError {
  readonly reason: FailureReason;
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** The text before the parenthesised details. */
  readonly shortMessage: string;
  readonly description: string | undefined;
  readonly requestId: string;
  readonly correlationId: string;
  readonly body: string | undefined;
  readonly attempts: number;

  constructor(failure: PartnerCenterFailure) {
    const chosen = CASES.find((c) => c.applies(failure)) ?? CASES[CASES.length - 1]!;
    const shortMessage = chosen.text(failure);
    super(`${shortMessage} (${detailParts(failure)})`, {
      errorId: errorIdFor(chosen.reason, failure),
      category: categoryFor(chosen.reason, failure),
      exitCode: ExitCode.Failure,
      cause: failure.cause,
      details: {
        method: failure.method,
        url: failure.url,
        status: failure.status,
        code: failure.code,
        requestId: failure.requestId,
        correlationId: failure.correlationId,
        attempts: failure.attempts,
      },
    });
    this.name = 'PartnerCenterError';
    this.reason = chosen.reason;
    this.status = failure.status;
    this.code = failure.code;
    this.shortMessage = shortMessage;
    this.description = failure.description;
    this.requestId = failure.requestId;
    this.correlationId = failure.correlationId;
    this.body = failure.body;
    this.attempts = failure.attempts;
  }
}

/** A Partner Center endpoint a token may not be sent to (src/core/endpoint-policy.ts); nothing was sent. */
export function insecureEndpointError(url: string, reason: string): PcshError {
  return new PcshError(
    `The Partner Center endpoint '${url.slice(0, 200)}' is refused: ${reason}. Use an https:// endpoint; plain http:// is only for an emulator on this machine.`,
    { errorId: 'InsecureEndpoint', category: 'PermissionDenied', exitCode: ExitCode.Usage, targetObject: url.slice(0, 200) },
  );
}
