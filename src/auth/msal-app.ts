/**
 * Builds msal client applications for pcsh: authority from the environment (with
 * PCSH_AUTHORITY_HOST trusted via knownAuthorities + cloudDiscoveryMetadata, so msal never asks
 * the real login.microsoftonline.com for instance discovery), the file token cache, and msal's
 * log routed to -Debug without PII and with secrets stripped. msal is imported here, lazily.
 *
 * @module
 */
import type { Configuration, ConfidentialClientApplication, PublicClientApplication, ClientAssertionCallback } from '@azure/msal-node';
import type { AuthStreams } from './connect-parameters.ts';
import { authorityUrl, isCustomAuthorityHost, type EnvironmentSettings } from './environments.ts';
import { createCachePlugin } from './cache-plugin.ts';
import { redact } from '../core/redact.ts';

export type ClientCredential =
  | { clientSecret: string }
  | { clientCertificate: { thumbprintSha256: string; privateKey: string; x5c: string } }
  | { clientAssertion: ClientAssertionCallback };

export interface MsalAppOptions {
  settings: EnvironmentSettings;
  tenant: string;
  clientId: string;
  configDir: string;
  platform: NodeJS.Platform;
  streams: Pick<AuthStreams, 'debug'>;
  /** Values to strip from msal's log lines. */
  secrets: readonly (string | undefined)[];
}

/** msal's cloud discovery answer for a single custom host (no aliases, no network). */
function customHostDiscovery(authorityHost: string, tenant: string): string {
  const host = new URL(authorityHost).host;
  return JSON.stringify({
    tenant_discovery_endpoint: `${authorityUrl(authorityHost, tenant)}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

async function configuration(options: MsalAppOptions, credential?: ClientCredential): Promise<Configuration> {
  const { LogLevel } = await import('@azure/msal-node');
  const host = options.settings.authorityHost;
  if (host === null) throw new Error(`The ${options.settings.name} environment has no sign-in authority.`);
  const custom = isCustomAuthorityHost(options.settings);
  return {
    auth: {
      clientId: options.clientId,
      authority: authorityUrl(host, options.tenant),
      ...(custom ? { knownAuthorities: [new URL(host).host], cloudDiscoveryMetadata: customHostDiscovery(host, options.tenant) } : {}),
      ...credential,
    },
    cache: { cachePlugin: createCachePlugin(options.configDir, options.platform) },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Info,
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) options.streams.debug(`MSAL: ${redact(message, options.secrets)}`);
        },
      },
    },
  };
}

export async function createPublicApp(options: MsalAppOptions): Promise<PublicClientApplication> {
  const { PublicClientApplication } = await import('@azure/msal-node');
  return new PublicClientApplication(await configuration(options));
}

export async function createConfidentialApp(options: MsalAppOptions, credential: ClientCredential): Promise<ConfidentialClientApplication> {
  const { ConfidentialClientApplication } = await import('@azure/msal-node');
  return new ConfidentialClientApplication(await configuration(options, credential));
}
