/**
 * msal and identity-provider errors as PcshErrors with clean text: an Entra error shows as
 * `AADSTS7000215: Invalid client secret provided. …` (first line only, no trace ids), with
 * every secret stripped; nothing of the original error object is kept (it may hold secrets).
 *
 * @module
 */
import { PcshError, ExitCode } from '../core/error-record.ts';
import { redact } from '../core/redact.ts';

interface MsalLikeError {
  name?: string;
  message?: string;
  errorCode?: string;
  errorMessage?: string;
  subError?: string;
}

/** The first meaningful line of an Entra error description, without trace/correlation ids. */
function firstLine(text: string): string {
  return text.split(/\r?\n|\s+-?\s*(?:Trace ID|Correlation ID|Timestamp):/)[0]!.trim();
}

/** msal wraps Entra's text as `Error(s): 7000215 - Timestamp: … - Description: AADSTS7000215: …`. */
function aadstsPart(text: string): string | undefined {
  const at = text.search(/AADSTS\d+:/);
  return at < 0 ? undefined : firstLine(text.slice(at));
}

/** `AADSTS…: description` when there is one, else `code: message`. */
export function describeAuthError(error: unknown): { text: string; code: string | undefined } {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as MsalLikeError;
  const code = e.errorCode || undefined;
  const raw = e.errorMessage || e.message || 'unknown error';
  const aadsts = aadstsPart(raw);
  if (aadsts) return { text: aadsts, code };
  const detail = firstLine(raw);
  if (code && !detail.startsWith(code)) return { text: detail ? `${code}: ${detail}` : code, code };
  return { text: detail, code };
}

/** Whether the error means the stored sign-in can no longer be used silently. */
function needsNewSignIn(error: unknown): boolean {
  const e = error as MsalLikeError;
  return e?.name === 'InteractionRequiredAuthError' || e?.errorCode === 'invalid_grant' || e?.errorCode === 'interaction_required' || e?.errorCode === 'no_tokens_found';
}

/** Connect-PartnerCenter failed to sign in. */
export function signInFailed(error: unknown, secrets: readonly (string | undefined)[]): PcshError {
  if (error instanceof PcshError) return redactPcshError(error, secrets);
  const { text, code } = describeAuthError(error);
  return new PcshError(redact(`Sign-in failed: ${text}`, secrets), {
    errorId: 'SignInFailed',
    category: 'AuthenticationError',
    exitCode: ExitCode.Failure,
    details: code ? { error: code } : {},
  });
}

/** Silent acquisition failed; when the sign-in is no longer valid the message says to reconnect. */
export function tokenAcquisitionFailed(error: unknown, secrets: readonly (string | undefined)[]): PcshError {
  if (error instanceof PcshError) return redactPcshError(error, secrets);
  const { text, code } = describeAuthError(error);
  const expired = needsNewSignIn(error);
  const message = expired
    ? `The Partner Center sign-in has expired or was revoked (${text}). Run Connect-PartnerCenter again.`
    : `Could not get a Partner Center access token: ${text}`;
  return new PcshError(redact(message, secrets), {
    errorId: expired ? 'TokenExpired' : 'TokenAcquisitionFailed',
    category: 'AuthenticationError',
    exitCode: ExitCode.Failure,
    details: code ? { error: code } : {},
  });
}

function redactPcshError(error: PcshError, secrets: readonly (string | undefined)[]): PcshError {
  const message = redact(error.message, secrets);
  if (message === error.message) return error;
  return new PcshError(message, { errorId: error.errorId, category: error.category, exitCode: error.exitCode, details: error.fields });
}
