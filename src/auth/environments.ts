/**
 * Per EnvironmentName: the Partner Center base URL, the sign-in authority host and the token
 * resource (reference: partner-center-carts.md, "Base URLs and sign-in authorities"), with the
 * PCSH_ENDPOINT / PCSH_AUTHORITY_HOST overrides.
 *
 * @module
 */
import { PcshError } from '../core/error-record.ts';
import type { EnvironmentName, StoredContext } from './context.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface EnvironmentSettings {
  name: EnvironmentName;
  /** Partner Center base URL; null for Emulator (the embedded emulator, started in-process). */
  endpoint: string | null;
  /** Sign-in authority host with a trailing slash; null for Emulator (no sign-in). */
  authorityHost: string | null;
  /** The token resource: scopes are `<resource>/user_impersonation` and `<resource>/.default`. */
  resource: string;
}

const PC = 'https://api.partnercenter.microsoft.com';

const TABLE: Record<EnvironmentName, Omit<EnvironmentSettings, 'name'>> = {
  AzureCloud: { endpoint: PC, authorityHost: 'https://login.microsoftonline.com/', resource: PC },
  AzureChinaCloud: { endpoint: 'https://partner.partnercenterapi.microsoftonline.cn', authorityHost: 'https://login.chinacloudapi.cn/', resource: 'https://partner.partnercenterapi.microsoftonline.cn' },
  AzureGermanCloud: { endpoint: PC, authorityHost: 'https://login.microsoftonline.de/', resource: PC },
  AzureUSGovernment: { endpoint: PC, authorityHost: 'https://login.microsoftonline.us/', resource: PC },
  AzurePPE: { endpoint: 'https://api.partnercenter.microsoft-ppe.com', authorityHost: 'https://login.windows-ppe.net/', resource: 'https://api.partnercenter.microsoft-ppe.com' },
  Emulator: { endpoint: null, authorityHost: null, resource: PC },
};

const ENVIRONMENT_NAMES = Object.keys(TABLE) as EnvironmentName[];

/** The canonical EnvironmentName for `value` (case-insensitive), default AzureCloud. */
export function parseEnvironmentName(value: string | undefined): EnvironmentName {
  if (value === undefined || value === '') return 'AzureCloud';
  const found = ENVIRONMENT_NAMES.find((n) => n.toLowerCase() === value.toLowerCase());
  if (found) return found;
  throw new PcshError(
    `Cannot convert value "${value}" to type "EnvironmentName". Specify one of the following enumerator names and try again: ${ENVIRONMENT_NAMES.join(', ')}`,
    { errorId: 'InvalidEnvironment', category: 'InvalidArgument', exitCode: 2, targetObject: value },
  );
}

function trimmed(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

/** PCSH_AUTHORITY_HOST as `https://host[:port]/` (msal only accepts https authorities). */
function normalizeAuthorityHost(value: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    throw new PcshError(`PCSH_AUTHORITY_HOST '${value}' is not a valid URL.`, { errorId: 'InvalidAuthorityHost', category: 'InvalidArgument', exitCode: 2 });
  }
  if (url.protocol !== 'https:') {
    throw new PcshError(`PCSH_AUTHORITY_HOST '${value}' must use https.`, { errorId: 'InvalidAuthorityHost', category: 'InvalidArgument', exitCode: 2 });
  }
  return `${url.origin}/`;
}

/** The environment's settings with PCSH_ENDPOINT / PCSH_AUTHORITY_HOST applied. */
export function resolveEnvironment(name: EnvironmentName, env: Env): EnvironmentSettings {
  const base = TABLE[name];
  const endpoint = trimmed(env.PCSH_ENDPOINT)?.replace(/\/+$/, '') ?? base.endpoint;
  const hostOverride = trimmed(env.PCSH_AUTHORITY_HOST);
  const authorityHost = name === 'Emulator' ? null : hostOverride ? normalizeAuthorityHost(hostOverride) : base.authorityHost;
  return { name, endpoint, authorityHost, resource: base.resource };
}

/** The settings a stored context signs in with: its Connect-time overrides, else the table. */
export function contextEnvironment(stored: StoredContext): EnvironmentSettings {
  const base = TABLE[stored.environment];
  return {
    name: stored.environment,
    endpoint: stored.endpoint ?? base.endpoint,
    authorityHost: stored.environment === 'Emulator' ? null : stored.authorityHost ?? base.authorityHost,
    resource: base.resource,
  };
}

/**
 * The Partner Center base URL a cmdlet should call: PCSH_ENDPOINT now, else the one stored at
 * Connect time, else the environment's; null means "the embedded emulator".
 */
export function partnerCenterEndpoint(stored: StoredContext, env: Env): string | null {
  return trimmed(env.PCSH_ENDPOINT)?.replace(/\/+$/, '') ?? contextEnvironment(stored).endpoint;
}

/** Whether `settings` signs in somewhere other than the environment's own authority (PCSH_AUTHORITY_HOST). */
export function isCustomAuthorityHost(settings: EnvironmentSettings): boolean {
  return settings.authorityHost !== null && settings.authorityHost !== TABLE[settings.name].authorityHost;
}

/** `https://host/tenant` */
export function authorityUrl(authorityHost: string, tenant: string): string {
  return `${authorityHost.replace(/\/+$/, '')}/${tenant}`;
}

export function userScopes(settings: EnvironmentSettings): string[] {
  return [`${settings.resource}/user_impersonation`];
}

export function applicationScopes(settings: EnvironmentSettings): string[] {
  return [`${settings.resource}/.default`];
}

/**
 * The environment's Partner Center base URL with PCSH_ENDPOINT applied. Throws for the Emulator
 * without PCSH_ENDPOINT: that one is the embedded emulator, started in-process by the runtime.
 */
export function resolveEndpoint(name: EnvironmentName, env: Env): string {
  const endpoint = resolveEnvironment(name, env).endpoint;
  if (endpoint !== null) return endpoint;
  throw new PcshError('The Emulator environment has no fixed endpoint: the embedded emulator is started in-process (or set PCSH_ENDPOINT).', {
    errorId: 'NoEmulatorEndpoint',
    category: 'InvalidOperation',
  });
}
