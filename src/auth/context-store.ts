/**
 * `<config dir>/context.json`: the StoredContext Connect-PartnerCenter writes and every later
 * cmdlet reads. Private files (0600 in 0700), atomic writes under a lock; see secure-files.ts.
 *
 * @module
 */
import { PcshError } from '../core/error-record.ts';
import type { StoredContext, EnvironmentName, AuthMode } from './context.ts';
import { readPrivateFile, writePrivateFile, type LockedConfigFiles } from './secure-files.ts';

const CONTEXT_FILE = 'context.json';

const ENVIRONMENTS: readonly EnvironmentName[] = ['AzureCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzureUSGovernment', 'AzurePPE', 'Emulator'];
const AUTH_MODES: readonly AuthMode[] = ['Emulator', 'AccessToken', 'DeviceCode', 'Interactive', 'RefreshToken', 'ServicePrincipal', 'ServicePrincipalCertificate'];

function invalidContext(configDir: string, why: string): PcshError {
  return new PcshError(
    `The stored Partner Center context in '${configDir}' is not usable (${why}). Run Connect-PartnerCenter again.`,
    { errorId: 'InvalidStoredContext', category: 'InvalidData', targetObject: configDir },
  );
}

/** Checks the parsed JSON has the StoredContext shape (version 1). */
function toStoredContext(value: unknown, configDir: string): StoredContext {
  if (typeof value !== 'object' || value === null) throw invalidContext(configDir, 'not a JSON object');
  const ctx = value as Record<string, unknown>;
  if (ctx.version !== 1) throw invalidContext(configDir, `unknown version ${JSON.stringify(ctx.version)}`);
  if (!ENVIRONMENTS.includes(ctx.environment as EnvironmentName)) throw invalidContext(configDir, 'unknown environment');
  if (!AUTH_MODES.includes(ctx.authMode as AuthMode)) throw invalidContext(configDir, 'unknown authMode');
  if (typeof ctx.account !== 'string' || typeof ctx.tenant !== 'string') throw invalidContext(configDir, 'account or tenant missing');
  return ctx as unknown as StoredContext;
}

/** The stored context, or null when not connected. Throws on loose permissions or a corrupt file. */
export function readContext(configDir: string, platform: NodeJS.Platform = process.platform): StoredContext | null {
  return parseContext(readPrivateFile(configDir, CONTEXT_FILE, platform), configDir);
}

/** The context read while the config lock is held (see readContext). */
export function readLockedContext(files: LockedConfigFiles, configDir: string): StoredContext | null {
  return parseContext(files.read(CONTEXT_FILE), configDir);
}

function parseContext(text: string | null, configDir: string): StoredContext | null {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidContext(configDir, 'not valid JSON');
  }
  return toStoredContext(parsed, configDir);
}

/** Replaces the stored context (atomic, 0600, locked). */
export function writeContext(configDir: string, ctx: StoredContext, platform: NodeJS.Platform = process.platform): void {
  writePrivateFile(configDir, CONTEXT_FILE, `${JSON.stringify(ctx, null, 2)}\n`, platform);
}

/** Replaces the stored context while the config lock is held. */
export function writeLockedContext(files: LockedConfigFiles, ctx: StoredContext): void {
  files.write(CONTEXT_FILE, `${JSON.stringify(ctx, null, 2)}\n`);
}

/** Forgets the stored context while the config lock is held; no error when there is none. */
export function removeLockedContext(files: LockedConfigFiles): void {
  files.remove(CONTEXT_FILE);
}
