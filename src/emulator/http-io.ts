/** Reading requests and writing answers for the emulator's node:http server. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { apiErrors } from './api-error.ts';

const MAX_BODY_BYTES = 1024 * 1024;

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw apiErrors.invalidInput('the request body is too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body; empty is undefined; the checkout body `"success"` (sent by the SDKs) is just a string. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw apiErrors.invalidInput('the request body is not valid JSON');
  }
}

/**
 * Whether a Host header names this emulator: 127.0.0.1, localhost or [::1] with the port the
 * request came in on. Anything else is refused, so a web page whose DNS name was rebound to
 * 127.0.0.1 cannot reach it from a browser.
 */
export function isOwnHost(host: string, port: number | undefined): boolean {
  const match = /^(127\.0\.0\.1|localhost|\[::1\]):(\d{1,5})$/i.exec(host);
  return match !== null && port !== undefined && Number(match[2]) === port;
}

/** `Bearer <anything non-empty>`. */
export function hasBearerToken(request: IncomingMessage): boolean {
  return /^Bearer\s+\S+/i.test(header(request, 'authorization') ?? '');
}

export function correlationVector(): string {
  return `${randomBytes(12).toString('base64')}.0`;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (response.destroyed || response.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}
