/**
 * Where secrets come from — never argv when avoidable:
 * - the client secret of -Credential: Credential.Password (a PSCredential from the pwsh module),
 *   else PCSH_CLIENT_SECRET, else a hidden prompt on a terminal, else a clear error. This file is
 *   the one place PCSH_CLIENT_SECRET is read (silent refreshes read it through
 *   clientSecretFromEnvironment too);
 * - -AccessToken / -RefreshToken values: the value itself (compatibility), or `-` to read
 *   PCSH_ACCESS_TOKEN (access token only) or a hidden prompt, or `env:NAME` to read variable NAME.
 *
 * @module
 */
import { PcshError, ExitCode } from '../core/error-record.ts';
import type { AuthDeps } from './connect-parameters.ts';

function missing(message: string, target: string): PcshError {
  return new PcshError(message, { errorId: 'MissingSecret', category: 'InvalidArgument', exitCode: ExitCode.Usage, targetObject: target });
}

async function promptHidden(deps: AuthDeps, question: string): Promise<string | undefined> {
  if (!deps.interactive || !deps.prompt) return undefined;
  const answer = await deps.prompt(question, { hidden: true });
  return answer === '' ? undefined : answer;
}

/** PCSH_CLIENT_SECRET, or undefined when it is unset or empty. */
export function clientSecretFromEnvironment(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return env.PCSH_CLIENT_SECRET || undefined;
}

/** The client secret for `-Credential` (UserName = application id). */
export async function resolveClientSecret(credential: { UserName: string; Password?: string }, deps: AuthDeps): Promise<string> {
  if (credential.Password) return credential.Password;
  const fromEnv = clientSecretFromEnvironment(deps.env);
  if (fromEnv) return fromEnv;
  const typed = await promptHidden(deps, `Client secret for application ${credential.UserName}: `);
  if (typed) return typed;
  throw missing(
    `No client secret for application '${credential.UserName}'. Set PCSH_CLIENT_SECRET, or run in a terminal to be prompted.`,
    'Credential',
  );
}

/**
 * The value of a secret-carrying parameter: literal, `-` (PCSH_ACCESS_TOKEN when `envName` is
 * given, else a hidden prompt) or `env:NAME`.
 */
export async function resolveSecretArgument(name: 'AccessToken' | 'RefreshToken', value: string | undefined, deps: AuthDeps, envName?: string): Promise<string> {
  const raw = value ?? '-';
  if (raw.startsWith('env:')) {
    const variable = raw.slice(4) || envName || '';
    const fromEnv = variable ? deps.env[variable] : undefined;
    if (fromEnv) return fromEnv.trim();
    throw missing(`-${name} ${raw}: the environment variable '${variable}' is not set.`, name);
  }
  if (raw !== '-') return raw.trim();
  const fromEnv = envName ? deps.env[envName] : undefined;
  if (fromEnv) return fromEnv.trim();
  const typed = await promptHidden(deps, `${name === 'AccessToken' ? 'Access token' : 'Refresh token'}: `);
  if (typed) return typed.trim();
  throw missing(`-${name} -: no value${envName ? ` (${envName} is not set)` : ''} and no terminal to prompt on.`, name);
}
