/**
 * `pcsh emulator start [--port N] [--data DIR] [--no-etags]`: starts the emulator, prints where it listens and
 * how to use it, logs each request, and stays up until SIGINT or SIGTERM. Resolves to the exit code.
 *
 * @module
 */
import { startEmulator } from './server.ts';

export interface EmulatorCommandOptions {
  port: number;
  dataDir: string;
  /** false: cart answers without ETags and If-Match ignored, as the documented service. */
  etags?: boolean;
  /** Where the stop signals come from; `process` by default. */
  signals?: { once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown; off?(signal: string, listener: () => void): unknown };
}

function usageLines(url: string, dataDir: string): string[] {
  return [
    `Partner Center emulator listening on ${url}`,
    `State folder: ${dataDir} (requests.log, faults.json, carts/, orders/)`,
    'Any non-empty bearer token is accepted; a missing one gets 401 (800001). To use it from pcsh:',
    `  export PCSH_ENDPOINT=${url}`,
    '  Connect-PartnerCenter -Environment Emulator',
    'Press Ctrl+C to stop.',
  ];
}

export async function runEmulatorCommand(options: EmulatorCommandOptions, out: (text: string) => void): Promise<number> {
  let emulator;
  try {
    emulator = await startEmulator({ port: options.port, dataDir: options.dataDir, etags: options.etags ?? true, log: (line) => out(line) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    out(code === 'EADDRINUSE' ? `Port ${options.port} on 127.0.0.1 is in use; choose another with --port.` : `Could not start the emulator: ${(error as Error).message}`);
    return 1;
  }
  for (const line of usageLines(emulator.url, options.dataDir)) out(line);
  const signals = options.signals ?? process;
  const signal = await new Promise<string>((resolve) => {
    const onInt = () => resolve('SIGINT');
    const onTerm = () => resolve('SIGTERM');
    signals.once('SIGINT', onInt);
    signals.once('SIGTERM', onTerm);
  });
  await emulator.close();
  out(`Emulator stopped (${signal}).`);
  return 0;
}
