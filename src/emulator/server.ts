/**
 * startEmulator: the Partner Center emulator as a node:http server on 127.0.0.1, its state under
 * `dataDir` (see store.ts). Used embedded (one in-process server per cmdlet call, port 0) and
 * standalone (`pcsh emulator start`, command.ts).
 *
 * @module
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import type { LockOptions } from '../core/file-lock.ts';
import { EmulatorClosedError, handleRequest } from './handle-request.ts';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  dataDir: string;
  host?: '127.0.0.1';
  /** Server clock for timestamps and cart expiry. */
  now?: () => Date;
  /** One human-readable line per request (standalone mode prints these). */
  log?: (line: string) => void;
  /** Lock timing, for tests. */
  lock?: LockOptions;
  /** false: no ETags, If-Match ignored, as the documented service (see EmulatorContext.etags). */
  etags?: boolean;
}

export interface RunningEmulator {
  url: string;
  port: number;
  dataDir: string;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.dataDir, { recursive: true });
  const pending = new Set<() => void>();
  const delay = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(cancel);
        resolve();
      }, ms);
      const cancel = () => {
        clearTimeout(timer);
        pending.delete(cancel);
        reject(new EmulatorClosedError());
      };
      pending.add(cancel);
    });
  const context = { dataDir: options.dataDir, now: options.now ?? (() => new Date()), lock: options.lock, etags: options.etags ?? true };
  const env = options.log ? { context, delay, log: options.log } : { context, delay };
  const server = createServer((request, response) => {
    handleRequest(request, response, env).catch((error: unknown) => {
      options.log?.(`emulator: request failed: ${error instanceof Error ? error.message : String(error)}`);
      response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    dataDir: options.dataDir,
    close: () =>
      new Promise<void>((resolve) => {
        for (const cancel of [...pending]) cancel();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
