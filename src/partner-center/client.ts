/**
 * The Partner Center REST client: one logical call, retried on 408/429/5xx, timeouts and network
 * errors, honouring Retry-After; -Verbose tells method, URL, status, timing, attempts and waits;
 * -Debug shows redacted headers and bodies.
 * MS-RequestId (the service's idempotency key, per the headers page): a retry keeps the same id
 * only when the last attempt got no answer or a 5xx — the service may have applied it, and the
 * same id lets it recognise the repeat. After any other answer (408, 429) nothing was applied and
 * the retry is a new request with a new id.
 *
 * @module
 */
import { randomUuid } from '../core/random-uuid.ts';
import type { HttpMethod, PartnerCenterClient, RequestOptions } from './client-types.ts';
import { insecureEndpointError, PartnerCenterError } from './errors.ts';
import { insecureEndpointReason } from '../core/endpoint-policy.ts';
import type { PartnerCenterFailure } from './errors.ts';
import { parseErrorBody } from './error-body.ts';
import { redact, redactBody, redactHeaders } from '../core/redact.ts';
import type { StreamText } from '../core/streams.ts';
import { DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retryDelay } from './retry-policy.ts';
import type { RetryOptions } from './retry-policy.ts';
import { loadNodeFetch, sendOnce } from './transport.ts';
import type { AttemptOutcome, FetchLike } from './transport.ts';

export interface PartnerCenterClientOptions {
  baseUrl: string;
  getAccessToken(): Promise<string>;
  /** One per cmdlet invocation: MS-CorrelationId. */
  correlationId: string;
  /** X-Locale; en-US by default. */
  locale?: string;
  /** MS-PartnerCenter-Client, e.g. `pcsh/0.1.0`. */
  clientName: string;
  /** MS-PartnerCenter-Application, when set. */
  applicationName?: string;
  streams: { verbose(message: string): void; debug(message: StreamText): void };
  fetch?: FetchLike;
  sleep?(ms: number): Promise<void>;
  random?(): number;
  now?(): number;
  /** New MS-RequestId per logical call. */
  newRequestId?(): string;
  retry?: Partial<RetryOptions>;
}

interface CallContext {
  options: PartnerCenterClientOptions;
  retry: RetryOptions;
  getFetch(): Promise<FetchLike>;
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
}

interface Call {
  method: HttpMethod;
  url: string;
  body: string | undefined;
  requestId: string;
  started: number;
  extra: RequestOptions;
  /** The bearer token last sent: masked wherever the service echoes it (errors, -Debug). */
  token?: string;
}

function buildHeaders(options: PartnerCenterClientOptions, token: string, requestId: string): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'MS-RequestId': requestId,
    'MS-Contract-Version': 'v1',
    'MS-CorrelationId': options.correlationId,
    'X-Locale': options.locale ?? 'en-US',
    'MS-PartnerCenter-Client': options.clientName,
  };
  if (options.applicationName) headers['MS-PartnerCenter-Application'] = options.applicationName;
  return headers;
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function describeOutcome(outcome: AttemptOutcome): string {
  if (outcome.kind === 'response') return `HTTP ${outcome.status}`;
  if (outcome.kind === 'timeout') return 'timed out';
  return `network error: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`;
}

function failureOf(ctx: CallContext, call: Call, outcome: AttemptOutcome, attempts: number): PartnerCenterFailure {
  const base = {
    method: call.method, url: call.url, requestId: call.requestId, correlationId: ctx.options.correlationId, attempts,
  };
  if (outcome.kind === 'timeout') return { ...base, timedOut: true, timeoutMs: ctx.retry.timeoutMs };
  if (outcome.kind === 'network') return { ...base, cause: outcome.error };
  return { ...base, status: outcome.status, ...redactedError(outcome.body, [call.token]) };
}

/** The service's error text with secrets masked, so an echoed token never reaches an error record. */
function redactedError(body: string, secrets: (string | undefined)[]): Pick<PartnerCenterFailure, 'body' | 'code' | 'description' | 'lineErrors'> {
  const parsed = parseErrorBody(body);
  const result: Pick<PartnerCenterFailure, 'body' | 'code' | 'description' | 'lineErrors'> = { body: redactBody(body, secrets) };
  if (parsed.code !== undefined) result.code = redact(parsed.code, secrets);
  if (parsed.description !== undefined) result.description = redact(parsed.description, secrets);
  if (parsed.lineErrors) result.lineErrors = parsed.lineErrors.map((line) => redact(line, secrets));
  return result;
}

function isRetryable(outcome: AttemptOutcome): boolean {
  return outcome.kind !== 'response' || isRetryableStatus(outcome.status);
}

/** No answer or a 5xx: the service may have applied the request. */
function outcomeUnknown(outcome: AttemptOutcome): boolean {
  return outcome.kind !== 'response' || outcome.status >= 500;
}

async function attempt(ctx: CallContext, call: Call, number: number): Promise<AttemptOutcome> {
  const { options } = ctx;
  call.token = await options.getAccessToken();
  const secrets = [call.token];
  const headers = { ...call.extra.headers, ...buildHeaders(options, call.token, call.requestId) };
  options.streams.debug(() => `HTTP request ${call.method} ${call.url}\nHeaders: ${JSON.stringify(redactHeaders(headers, secrets))}\nBody: ${redactBody(call.body, secrets)}`);
  const sentAt = ctx.now();
  const init = call.body === undefined ? { method: call.method, headers } : { method: call.method, headers, body: call.body };
  const outcome = await sendOnce(await ctx.getFetch(), call.url, init, ctx.retry.timeoutMs);
  options.streams.verbose(
    `${call.method} ${call.url} → ${describeOutcome(outcome)} in ${ctx.now() - sentAt} ms (attempt ${number} of ${ctx.retry.maxAttempts}, request ${call.requestId})`,
  );
  if (outcome.kind === 'response') {
    options.streams.debug(() => `HTTP response ${outcome.status}\nHeaders: ${JSON.stringify(redactHeaders(outcome.headers, secrets))}\nBody: ${redactBody(outcome.body, secrets)}`);
  }
  return outcome;
}

function parseSuccess<T>(ctx: CallContext, call: Call, outcome: AttemptOutcome & { kind: 'response' }, attempts: number): T {
  const expect = call.extra.expect;
  let parsed: unknown;
  try {
    parsed = outcome.body.trim() === '' ? undefined : JSON.parse(outcome.body);
  } catch (cause) {
    const failure = failureOf(ctx, call, outcome, attempts);
    throw new PartnerCenterError({ ...failure, description: 'Partner Center answered with a body that is not JSON', cause });
  }
  const misfit = expect?.check(parsed);
  if (expect && misfit !== undefined) {
    const failure = failureOf(ctx, call, outcome, attempts);
    const description = `Partner Center answered HTTP ${outcome.status} with a body that is not ${expect.what}: ${misfit}`;
    throw new PartnerCenterError({ ...failure, code: undefined, description });
  }
  return parsed as T;
}

function newRequestId(ctx: CallContext): string {
  return ctx.options.newRequestId?.() ?? randomUuid();
}

async function send<T>(ctx: CallContext, method: HttpMethod, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const call: Call = {
    method,
    url: joinUrl(ctx.options.baseUrl, path),
    body: body === undefined ? undefined : JSON.stringify(body),
    requestId: newRequestId(ctx),
    started: ctx.now(),
    extra: options,
  };
  // Before any token is asked for or attached: no bearer token over plain http to another host.
  const insecure = insecureEndpointReason(call.url);
  if (insecure !== undefined) throw insecureEndpointError(ctx.options.baseUrl, insecure);
  for (let number = 1; ; number++) {
    const outcome = await attempt(ctx, call, number);
    if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
      const parsed = parseSuccess<T>(ctx, call, outcome, number);
      options.onResponse?.(outcome.headers);
      return parsed;
    }
    if (outcomeUnknown(outcome)) options.onUnknownOutcome?.();
    if (!isRetryable(outcome) || number >= ctx.retry.maxAttempts) throw new PartnerCenterError(failureOf(ctx, call, outcome, number));
    const retryAfter = outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], ctx.now()) : undefined;
    const wait = retryDelay(number, retryAfter, ctx.retry, ctx.random);
    if (ctx.now() - call.started + wait > ctx.retry.maxTotalMs) {
      ctx.options.streams.verbose(`Giving up: waiting ${wait} ms would pass the ${ctx.retry.maxTotalMs} ms budget`);
      throw new PartnerCenterError(failureOf(ctx, call, outcome, number));
    }
    const why = retryAfter === undefined ? 'backoff' : `Retry-After ${retryAfter} ms`;
    ctx.options.streams.verbose(`Waiting ${wait} ms (${why}) before attempt ${number + 1} of ${ctx.retry.maxAttempts}`);
    await ctx.sleep(wait);
    if (!outcomeUnknown(outcome)) call.requestId = newRequestId(ctx);
  }
}

export function createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient {
  let fetchPromise: Promise<FetchLike> | undefined;
  const ctx: CallContext = {
    options,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    getFetch: () => (fetchPromise ??= options.fetch ? Promise.resolve(options.fetch) : loadNodeFetch()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  return {
    request: <T>(method: HttpMethod, path: string, body?: unknown, requestOptions?: RequestOptions) =>
      send<T>(ctx, method, path, body, requestOptions),
    sleep: ctx.sleep,
    random: ctx.random,
  };
}
