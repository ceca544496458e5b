/**
 * Connect-PartnerCenter's bound parameters (canonical names) and what the sign-in code needs
 * from the runtime, kept apart from CmdletContext so the flows are callable from tests and the
 * runtime alike.
 *
 * @module
 */
import type { CmdletStreams } from '../core/streams.ts';
import type { StoredAccessToken } from './access-token-file.ts';

export type ConnectParameterSet = 'User' | 'AccessToken' | 'RefreshToken' | 'ServicePrincipal' | 'ServicePrincipalCertificate';

export interface ConnectParameters {
  AccessToken?: string;
  ApplicationId?: string;
  CertificateThumbprint?: string;
  /** Password comes only with a PSCredential from the pwsh module; else secret-input.ts finds the secret. */
  Credential?: { UserName: string; Password?: string };
  Environment?: string;
  RefreshToken?: string;
  ServicePrincipal?: boolean;
  Tenant?: string;
  UseDeviceAuthentication?: boolean;
}

/** Streams the sign-in code writes to: host text (device code), verbose, debug, warnings. */
export type AuthStreams = Pick<CmdletStreams, 'verbose' | 'debug' | 'warning' | 'host'>;

/** Everything outside the sign-in code, passed in. */
export interface AuthDeps {
  configDir: string;
  env: Readonly<Record<string, string | undefined>>;
  streams: AuthStreams;
  /** Defaults to process.platform. */
  platform?: NodeJS.Platform;
  /** Whether a terminal is attached (prompts and browsers allowed). */
  interactive?: boolean;
  /** Hidden prompt for a secret; absent when not interactive. */
  prompt?: (question: string, options?: { hidden?: boolean }) => Promise<string>;
  /** Opens a URL in the user's browser (interactive flow); defaults to the OS opener. */
  openBrowser?: (url: string) => Promise<void>;
  /** Current time; defaults to the system clock. */
  now?: () => Date;
  /** Receives the -AccessToken token to store; Connect writes it with the context under one lock. */
  keepAccessToken?: (token: StoredAccessToken) => void;
}

/** The default public client the original module signed in with. */
export const DEFAULT_PUBLIC_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

/** `-Tenant` default: any work or school account. */
export const DEFAULT_TENANT = 'organizations';
