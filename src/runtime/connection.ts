/**
 * The Partner Center client for one cmdlet call, from the context Connect-PartnerCenter stored:
 * - Emulator: the embedded emulator starts in-process on a loopback port for this call, against
 *   the persistent emulator state folder (unless PCSH_ENDPOINT points at a running one); a
 *   long-lived caller (`pcsh host --stdio`) passes one it keeps for all its calls instead;
 * - anything else: the environment's endpoint (or the stored/env override) with tokens acquired
 *   silently from the msal cache on each call.
 * Heavy modules (emulator, msal, node-fetch) load only here, only when a call is made.
 */
import { ExitCode, PcshError } from '../core/error-record.ts';
import type { StreamText } from '../core/streams.ts';
import type { PartnerCenterClient } from '../partner-center/client-types.ts';
import { resolveConfigDir } from '../auth/config-dir.ts';
import { readContext } from '../auth/context-store.ts';
import { resolveEndpoint } from '../auth/environments.ts';

export interface Connection {
  client: PartnerCenterClient;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  env: Readonly<Record<string, string | undefined>>;
  correlationId: string;
  version: string;
  streams: { verbose(message: string): void; debug(message: StreamText): void };
  embeddedEmulator?: EmbeddedEmulator;
}

/** An embedded emulator kept by the caller: `url` starts it on first use (and reports that once). */
export interface EmbeddedEmulator {
  url(streams: { verbose(message: string): void }): Promise<string>;
}

/** The embedded emulator accepts any bearer token; this one says where it came from. */
const EMULATOR_TOKEN = 'pcsh-embedded-emulator';

export async function openConnection(options: ConnectionOptions): Promise<Connection> {
  const configDir = resolveConfigDir(options.env, process.platform);
  const stored = readContext(configDir);
  if (!stored) throw notConnected();
  const { createPartnerCenterClient } = await import('../partner-center/client.ts');
  const clientOptions = {
    correlationId: options.correlationId,
    clientName: `pcsh/${options.version}`,
    streams: options.streams,
  };
  if (stored.environment === 'Emulator' && !options.env.PCSH_ENDPOINT && options.embeddedEmulator) {
    const baseUrl = await options.embeddedEmulator.url(options.streams);
    return { client: createPartnerCenterClient({ ...clientOptions, baseUrl, getAccessToken: async () => EMULATOR_TOKEN }), close: async () => {} };
  }
  if (stored.environment === 'Emulator' && !options.env.PCSH_ENDPOINT) {
    const { startEmulator, defaultEmulatorDataDir } = await import('../emulator/index.ts');
    // PCSH_EMULATOR_ETAGS=off: answer without ETags, as the documented service does
    const etags = options.env.PCSH_EMULATOR_ETAGS?.toLowerCase() !== 'off';
    const server = await startEmulator({ port: 0, dataDir: defaultEmulatorDataDir(options.env), etags });
    options.streams.verbose(`Embedded Partner Center emulator listening on ${server.url}`);
    const client = createPartnerCenterClient({ ...clientOptions, baseUrl: server.url, getAccessToken: async () => EMULATOR_TOKEN });
    return { client, close: () => server.close() };
  }
  const baseUrl = options.env.PCSH_ENDPOINT ?? stored.endpoint ?? resolveEndpoint(stored.environment, options.env);
  const getAccessToken = async () => {
    if (stored.environment === 'Emulator') return EMULATOR_TOKEN;
    const { getAccessToken: acquire } = await import('../auth/token.ts');
    return acquire(stored, { configDir, env: options.env, streams: options.streams });
  };
  return { client: createPartnerCenterClient({ ...clientOptions, baseUrl, getAccessToken }), close: async () => {} };
}

function notConnected(): PcshError {
  return new PcshError(
    'Unable to find a connection to Partner Center. Run Connect-PartnerCenter to sign in, ' +
      'or Connect-PartnerCenter -Environment Emulator to use the built-in Partner Center emulator (no account needed).',
    { errorId: 'NotConnected', category: 'AuthenticationError', exitCode: ExitCode.Failure },
  );
}
