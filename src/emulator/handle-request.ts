/**
 * One emulator request: Host check (DNS rebinding) → bearer check → route (every id checked) →
 * fault injection → handler (with MS-RequestId idempotency for POSTs) → answer with
 * MS-RequestId / MS-CorrelationId echoed and MS-CV added → one line in requests.log.
 * An unauthenticated request is refused before it can use up an injected fault.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { EmulatorApiError, apiErrors } from './api-error.ts';
import type { ApiRequest, ApiResponse, EmulatorContext } from './context.ts';
import { takeFaultOrReport } from './faults.ts';
import type { Fault } from './faults.ts';
import { CorruptStateError } from './fs-atomic.ts';
import { correlationVector, hasBearerToken, header, isOwnHost, parseJsonBody, readBody, sendJson } from './http-io.ts';
import { requestKey } from './request-key.ts';
import { appendRequestLog, bearerFingerprint } from './request-log.ts';
import type { RequestLogEntry } from './request-log.ts';
import { matchRoute, routeNameOf } from './routes.ts';

export interface RequestEnvironment {
  context: EmulatorContext;
  /** Waits `ms`; rejects with EmulatorClosedError when the server closes first. */
  delay(ms: number): Promise<void>;
  log?: (line: string) => void;
}

/** A delayed request whose server closed meanwhile: it is abandoned, not answered or logged. */
export class EmulatorClosedError extends Error {
  constructor() {
    super('The emulator closed while the request was delayed.');
    this.name = 'EmulatorClosedError';
  }
}

type Outcome = ApiResponse & { replayed?: boolean; dropped?: boolean };

function faultResponse(fault: Fault): ApiResponse {
  const retryAfter = fault.retryAfter ?? (fault.kind === 'throttle' ? 1 : undefined);
  const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  if (fault.kind === 'throttle') {
    const message = `Rate limit is exceeded. Try again in ${retryAfter} seconds.`;
    return { status: 429, headers, body: { statusCode: 429, message } };
  }
  const status = fault.status ?? 503;
  const error = new EmulatorApiError(status, fault.code ?? (status >= 500 ? 800003 : status), fault.description ?? `Injected fault: HTTP ${status}.`);
  return { status, headers, body: error.toBody() };
}

function errorOutcome(error: unknown, env: RequestEnvironment): Outcome {
  if (error instanceof EmulatorApiError) return { status: error.status, body: error.toBody() };
  if (error instanceof CorruptStateError) {
    env.log?.(`emulator: ${error.message}`);
    const corrupt = apiErrors.corruptState(error.message);
    return { status: corrupt.status, body: corrupt.toBody() };
  }
  env.log?.(`emulator: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  const fault = apiErrors.unexpected();
  return { status: fault.status, body: fault.toBody() };
}

async function run(request: IncomingMessage, pathname: string, entry: RequestLogEntry, env: RequestEnvironment): Promise<Outcome> {
  const method = (request.method ?? 'GET').toUpperCase();
  const host = header(request, 'host') ?? '';
  if (!isOwnHost(host, request.socket.localPort)) throw apiErrors.wrongHost(host);
  const routeName = routeNameOf(method, pathname);
  if (routeName) entry.route = routeName;
  if (!hasBearerToken(request)) throw apiErrors.tokenMissing();
  const { route, params } = matchRoute(method, pathname);
  entry.route = route.name;
  const text = await readBody(request);
  const fault = await takeFaultOrReport(env.context.dataDir, route.name, env.context.lock, env.log);
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === 'throttle' || fault?.kind === 'status') return faultResponse(fault);
  if (fault?.kind === 'drop' && fault.when !== 'after') return { status: 0, body: undefined, dropped: true };
  if (fault?.kind === 'delay') await env.delay(fault.delayMs ?? 1000);
  const apiRequest: ApiRequest = {
    method, path: pathname, params, body: route.json ? parseJsonBody(text) : undefined,
    requestId: entry.requestId, correlationId: entry.correlationId,
  };
  const ifMatch = header(request, 'if-match');
  if (ifMatch) apiRequest.ifMatch = ifMatch;
  apiRequest.query = new URL(request.url ?? '/', 'http://emulator').searchParams;
  const continuationToken = header(request, 'ms-continuationtoken');
  if (continuationToken) apiRequest.continuationToken = continuationToken;
  if (route.idempotent && header(request, 'ms-requestid')) apiRequest.idempotencyKey = requestKey(method, pathname, entry.requestId);
  const outcome: Outcome = await route.handler(apiRequest, env.context);
  return fault?.kind === 'drop' ? { ...outcome, dropped: true } : outcome;
}

export async function handleRequest(request: IncomingMessage, response: ServerResponse, env: RequestEnvironment): Promise<void> {
  const started = performance.now();
  const pathname = new URL(request.url ?? '/', 'http://emulator').pathname;
  const entry: RequestLogEntry = {
    time: env.context.now().toISOString(),
    method: (request.method ?? 'GET').toUpperCase(),
    path: pathname,
    status: 0,
    requestId: header(request, 'ms-requestid') || randomUUID(),
    correlationId: header(request, 'ms-correlationid') ?? '',
    ms: 0,
  };
  const tokenSha256 = bearerFingerprint(header(request, 'authorization'));
  if (tokenSha256) entry.tokenSha256 = tokenSha256;
  let outcome: Outcome;
  try {
    outcome = await run(request, pathname, entry, env);
  } catch (error) {
    if (error instanceof EmulatorClosedError) return;
    outcome = errorOutcome(error, env);
  }
  if (outcome.replayed) entry.replayed = true;
  if (outcome.dropped) {
    request.socket.destroy();
  } else {
    entry.status = outcome.status;
    const headers = { ...outcome.headers, 'MS-RequestId': entry.requestId, 'MS-CorrelationId': entry.correlationId, 'MS-CV': correlationVector() };
    sendJson(response, outcome.status, outcome.body, headers);
  }
  entry.ms = Math.round(performance.now() - started);
  appendRequestLog(env.context.dataDir, entry);
  env.log?.(`${entry.method} ${entry.path} ${outcome.dropped ? 'dropped' : entry.status} ${entry.ms} ms${entry.fault ? ` (fault: ${entry.fault})` : ''}${entry.replayed ? ' (replayed)' : ''}`);
}
