/**
 * `<dataDir>/requests.log`: one JSON line per request, appended (O_APPEND, one write per line, so
 * concurrent processes do not interleave). No Authorization header, no token, no body: only
 * `tokenSha256`, a short hash that says which bearer token came, without being usable as one.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface RequestLogEntry {
  time: string;
  method: string;
  path: string;
  route?: string;
  /** HTTP status answered; 0 when the connection was dropped by a fault. */
  status: number;
  requestId: string;
  correlationId: string;
  /** The first 16 hex characters of the SHA-256 of the bearer token, when one was sent. */
  tokenSha256?: string;
  fault?: string;
  replayed?: boolean;
  ms: number;
}

/** The first 16 hex characters of the SHA-256 of `token` (what `tokenSha256` holds). */
function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/** `tokenSha256` for an Authorization header value `Bearer <token>`; undefined without a token. */
export function bearerFingerprint(authorization: string | undefined): string | undefined {
  const token = /^Bearer\s+(\S+)/i.exec(authorization ?? '')?.[1];
  return token === undefined ? undefined : tokenFingerprint(token);
}

export function requestLogPath(dataDir: string): string {
  return join(dataDir, 'requests.log');
}

export function appendRequestLog(dataDir: string, entry: RequestLogEntry): void {
  mkdirSync(dataDir, { recursive: true });
  appendFileSync(requestLogPath(dataDir), `${JSON.stringify(entry)}\n`);
}

/** The log as entries (for tests and demos). */
export async function readRequestLog(dataDir: string): Promise<RequestLogEntry[]> {
  const { readFile } = await import('node:fs/promises');
  try {
    const text = await readFile(requestLogPath(dataDir), 'utf8');
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as RequestLogEntry);
  } catch {
    return [];
  }
}
