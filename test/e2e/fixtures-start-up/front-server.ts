/**
 * A front for the emulator as Partner Center is reached in production: over HTTPS (test CA), or
 * over HTTP with gzip-encoded answers. Forwards every request to the emulator unchanged.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface Front { url: string; close(): Promise<void> }

async function forward(target: string, request: IncomingMessage, response: ServerResponse, gzip: boolean): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'host' && name !== 'content-length')) as Record<string, string>;
  const answer = await fetch(`${target}${request.url}`, { method: request.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
  const body = Buffer.from(await answer.arrayBuffer());
  const out: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
  });
  if (gzip) out['content-encoding'] = 'gzip';
  response.writeHead(answer.status, out).end(gzip ? gzipSync(body) : body);
}

function listen(server: Server, scheme: string): Promise<Front> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  })));
}

export function startFront(target: string, mode: { tls?: { key: string; cert: string }; gzip?: boolean }): Promise<Front> {
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    forward(target, request, response, mode.gzip ?? false).catch((error: Error) => response.writeHead(502).end(error.message));
  };
  return mode.tls ? listen(createHttpsServer(mode.tls, handler), 'https') : listen(createHttpServer(handler), 'http');
}
