/**
 * One embedded emulator for all the calls of a long-lived `pcsh host --stdio`: started on the
 * first call that needs it (which alone reports it with -Verbose), closed when the host ends.
 * A one-shot CLI call starts its own instead (connection.ts).
 *
 * @module
 */
import type { EmbeddedEmulator } from './connection.ts';

export interface SharedEmulator extends EmbeddedEmulator {
  close(): Promise<void>;
}

export function createSharedEmulator(env: Readonly<Record<string, string | undefined>>): SharedEmulator {
  let server: Promise<{ url: string; close(): Promise<void> }> | null = null;
  return {
    async url(streams) {
      if (server === null) {
        server = (async () => {
          const { startEmulator, defaultEmulatorDataDir } = await import('../emulator/index.ts');
          return startEmulator({ port: 0, dataDir: defaultEmulatorDataDir(env) });
        })();
        // A failed start is not kept: the next call tries again.
        server.catch(() => { server = null; });
        const started = await server;
        streams.verbose(`Embedded Partner Center emulator listening on ${started.url}`);
        return started.url;
      }
      return (await server).url;
    },
    async close() {
      const running = server;
      server = null;
      if (running !== null) await (await running.catch(() => null))?.close();
    },
  };
}
