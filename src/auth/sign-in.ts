/**
 * Connect-PartnerCenter's sign-in, one flow per parameter set. Loaded lazily (it loads msal).
 *
 * @module
 */
import { PcshError } from '../runtime/error-record.ts';
import type { StoredContext } from './context.ts';
import type { ConnectParameters, ConnectParameterSet, AuthDeps } from './connect-parameters.ts';
import type { EnvironmentSettings } from './environments.ts';

export async function signIn(
  parameterSet: ConnectParameterSet,
  _parameters: ConnectParameters,
  _settings: EnvironmentSettings,
  _deps: AuthDeps,
): Promise<StoredContext> {
  throw new PcshError(`Sign-in for the ${parameterSet} parameter set is not implemented yet; use -Environment Emulator.`, {
    errorId: 'NotImplemented',
    category: 'NotSpecified',
  });
}
