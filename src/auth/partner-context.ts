/**
 * Connect-PartnerCenter's output object (Microsoft.Store.PartnerCenter.PowerShell.Models.
 * Authentication.PartnerContext): who is signed in, where. Never a token or a secret.
 *
 * @module
 */
import type { StoredContext, EnvironmentName, AuthMode } from './context.ts';

export interface PartnerContextOutput {
  Account: string;
  Environment: EnvironmentName;
  Tenant: string;
  AuthMode: AuthMode;
  ApplicationId?: string;
}

export function toPartnerContext(stored: StoredContext): PartnerContextOutput {
  const output: PartnerContextOutput = {
    Account: stored.account,
    Environment: stored.environment,
    Tenant: stored.tenant,
    AuthMode: stored.authMode,
  };
  if (stored.applicationId !== undefined) output.ApplicationId = stored.applicationId;
  return output;
}

/** The context `Connect-PartnerCenter -Environment Emulator` stores: no sign-in at all. */
export function emulatorContext(endpoint: string | null): StoredContext {
  const ctx: StoredContext = {
    version: 1,
    environment: 'Emulator',
    authMode: 'Emulator',
    account: 'emulator@pcsh.local',
    tenant: 'emulator',
  };
  if (endpoint !== null) ctx.endpoint = endpoint;
  return ctx;
}
