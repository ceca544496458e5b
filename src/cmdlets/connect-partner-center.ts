/**
 * Connect-PartnerCenter: signs in (or, for -Environment Emulator, just records the emulator),
 * stores the context and returns the PartnerContext. msal is only loaded on the sign-in path.
 *
 * @module
 */
import type { CmdletHandler, CmdletContext } from './types.ts';
import type { StoredContext } from '../auth/context.ts';
import { PcshError } from '../core/error-record.ts';
import type { ConnectParameters, ConnectParameterSet, AuthDeps } from '../auth/connect-parameters.ts';
import { resolveConfigDir } from '../auth/config-dir.ts';
import { readContext, readLockedContext, writeLockedContext } from '../auth/context-store.ts';
import type { StoredAccessToken } from '../auth/access-token-file.ts';
import { writeAccessToken } from '../auth/access-token-file.ts';
import { withConfigLock, type LockedConfigFiles } from '../auth/secure-files.ts';
import { parseEnvironmentName, resolveEnvironment } from '../auth/environments.ts';
import { emulatorContext, toPartnerContext } from '../auth/partner-context.ts';
import { insecureEndpointReason } from '../core/endpoint-policy.ts';
import { insecureEndpointError } from '../partner-center/errors.ts';
import { forgetAccountTokens, removeTokenFiles } from '../auth/forget-tokens.ts';

function authDeps(context: CmdletContext, configDir: string, keepAccessToken: (token: StoredAccessToken) => void): AuthDeps {
  return {
    keepAccessToken,
    configDir,
    env: context.env,
    streams: context,
    platform: process.platform,
    interactive: context.interactive,
    prompt: context.interactive ? (q, o) => context.prompt(q, o) : undefined,
    now: () => context.now(),
  };
}

/** The context being replaced; a corrupt one is simply replaced (loose permissions still refuse). */
function previousContext(files: LockedConfigFiles, configDir: string): StoredContext | null {
  try {
    return readLockedContext(files, configDir);
  } catch (error) {
    if (error instanceof PcshError && error.errorId === 'InvalidStoredContext') return null;
    throw error;
  }
}

/** Refuses a config folder or context others can read before any sign-in starts (a corrupt context is fine: it is replaced). */
function refuseLoosePermissions(configDir: string, platform: NodeJS.Platform): void {
  try {
    readContext(configDir, platform);
  } catch (error) {
    if (!(error instanceof PcshError && error.errorId === 'InvalidStoredContext')) throw error;
  }
}

/**
 * Stores the new sign-in under ONE acquisition of the config lock: the previous account's tokens
 * go, the -AccessToken file is written (or removed when this sign-in has none), then the context.
 * So two concurrent Connects never leave one account's context with another's token.
 */
function commit(configDir: string, platform: NodeJS.Platform, stored: StoredContext, accessToken: StoredAccessToken | undefined): void {
  withConfigLock(configDir, platform, (files) => {
    const previous = previousContext(files, configDir);
    if (previous && previous.homeAccountId !== stored.homeAccountId) forgetAccountTokens(files, previous);
    removeTokenFiles(files, false);
    if (accessToken) writeAccessToken(files, accessToken);
    writeLockedContext(files, stored);
  });
}

const connectPartnerCenter: CmdletHandler<ConnectParameters> = async (parameters, context) => {
  const platform = process.platform;
  const configDir = resolveConfigDir(context.env, platform);
  const environment = parseEnvironmentName(parameters.Environment);
  const settings = resolveEnvironment(environment, context.env);
  const insecure = settings.endpoint === null ? undefined : insecureEndpointReason(settings.endpoint);
  if (insecure !== undefined) throw insecureEndpointError(settings.endpoint!, insecure);
  refuseLoosePermissions(configDir, platform);
  let stored: StoredContext;
  let accessToken: StoredAccessToken | undefined;
  if (environment === 'Emulator') {
    stored = emulatorContext(settings.endpoint);
    if (parameters.Tenant) stored.tenant = parameters.Tenant;
  } else {
    const { signIn } = await import('../auth/sign-in.ts');
    stored = await signIn(context.parameterSet as ConnectParameterSet, parameters, settings, authDeps(context, configDir, (token) => (accessToken = token)));
  }
  commit(configDir, platform, stored, accessToken);
  context.verbose(`Connected to Partner Center (${stored.environment}) as ${stored.account}; context stored in ${configDir}.`);
  return toPartnerContext(stored);
};

export default connectPartnerCenter;
