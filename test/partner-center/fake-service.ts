/**
 * A stand-in Partner Center for replaying documented answers: a node:http server on 127.0.0.1
 * that answers each request with the next scripted reply and records what it was sent.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  method: string;
  /** A path suffix the request must end with (checked). */
  path?: string;
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string. */
  body?: unknown;
}

export interface Received {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FakeService {
  url: string;
  received: Received[];
  /** Replies not yet used. */
  pending(): number;
  close(): Promise<void>;
}

export async function startFakeService(script: readonly Reply[]): Promise<FakeService> {
  const queue = [...script];
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ method: request.method ?? '', path, headers: request.headers, body });
      const reply = queue.shift();
      const fits = reply && reply.method === request.method && (reply.path === undefined || path.endsWith(reply.path));
      if (!reply || !fits) {
        response.writeHead(418, { 'Content-Type': 'text/plain' }).end(`unscripted ${request.method} ${path}`);
        return;
      }
      const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', ...reply.headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    pending: () => queue.length,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
