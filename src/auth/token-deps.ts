/**
 * What a token lookup needs (config folder, environment, streams, clock), and the error both
 * lookups (the stored -AccessToken and msal's silent refresh) raise when the sign-in has run out.
 * Apart from token.ts so that acquire-silently.ts need not import the file that loads it.
 *
 * @module
 */
import { PcshError, ExitCode } from '../core/error-record.ts';
import type { StreamText } from '../core/streams.ts';

export interface TokenDeps {
  configDir: string;
  env: Readonly<Record<string, string | undefined>>;
  streams: { verbose(message: string): void; debug(message: StreamText): void };
  platform?: NodeJS.Platform;
  /** Current time; defaults to the system clock. */
  now?: () => Date;
}

export function tokenExpired(detail: string): PcshError {
  return new PcshError(`${detail} Run Connect-PartnerCenter again.`, {
    errorId: 'TokenExpired',
    category: 'AuthenticationError',
    exitCode: ExitCode.Failure,
  });
}
