/**
 * `<dataDir>/requests.log`: one JSON line per request, appended (O_APPEND, one write per line, so
 * concurrent processes do not interleave). No Authorization header, no token, no body.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
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
  fault?: string;
  replayed?: boolean;
  ms: number;
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
