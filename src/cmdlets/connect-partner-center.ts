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
import { readContext, writeContext } from '../auth/context-store.ts';
import { parseEnvironmentName, resolveEnvironment } from '../auth/environments.ts';
import { emulatorContext, toPartnerContext } from '../auth/partner-context.ts';
import { forgetTokens } from '../auth/forget-tokens.ts';

function authDeps(context: CmdletContext, configDir: string): AuthDeps {
  return {
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
function previousContext(configDir: string, platform: NodeJS.Platform): StoredContext | null {
  try {
    return readContext(configDir, platform);
  } catch (error) {
    if (error instanceof PcshError && error.errorId === 'InvalidStoredContext') return null;
    throw error;
  }
}

const connectPartnerCenter: CmdletHandler<ConnectParameters> = async (parameters, context) => {
  const platform = process.platform;
  const configDir = resolveConfigDir(context.env, platform);
  const environment = parseEnvironmentName(parameters.Environment);
  const settings = resolveEnvironment(environment, context.env);
  const previous = previousContext(configDir, platform);
  let stored: StoredContext;
  if (environment === 'Emulator') {
    stored = emulatorContext(settings.endpoint);
    if (parameters.Tenant) stored.tenant = parameters.Tenant;
  } else {
    const { signIn } = await import('../auth/sign-in.ts');
    stored = await signIn(context.parameterSet as ConnectParameterSet, parameters, settings, authDeps(context, configDir));
  }
  if (previous && previous.homeAccountId !== stored.homeAccountId) forgetTokens(configDir, previous, platform);
  writeContext(configDir, stored, platform);
  context.verbose(`Connected to Partner Center (${stored.environment}) as ${stored.account}; context stored in ${configDir}.`);
  return toPartnerContext(stored);
};

export default connectPartnerCenter;
