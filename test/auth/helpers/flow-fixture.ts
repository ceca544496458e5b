/**
 * Shared set-up for flow tests: the IdP emulator on 127.0.0.1 (HTTPS, test CA trusted through
 * NODE_EXTRA_CA_CERTS), a fresh config dir per test, and a Connect/getAccessToken runner over the
 * real handler.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import connect from '../../../src/cmdlets/connect-partner-center.ts';
import { readContext } from '../../../src/auth/context-store.ts';
import { getAccessToken } from '../../../src/auth/token.ts';
import type { ConnectParameters } from '../../../src/auth/connect-parameters.ts';
import { fakeContext, allText, type Captured } from './fake-context.ts';
import type { Idp } from '../idp/server.ts';
import { PcshError } from '../../../src/core/error-record.ts';

export const APP_ID = '0a0a0a0a-1111-4222-8333-444444444444';
export const APP_SECRET = 'S3cr3t~value.that-must_never_leak';
export const CERT_APP_ID = '0b0b0b0b-1111-4222-8333-444444444444';
export const TENANT = 'contoso.onmicrosoft.com';

export interface FlowRun {
  configDir: string;
  env: Record<string, string | undefined>;
  captured: Captured[];
  connect(set: string, parameters: ConnectParameters, options?: { answers?: string[]; interactive?: boolean }): Promise<unknown>;
  token(env?: Record<string, string | undefined>): Promise<string>;
  /** Every captured stream line, error, and every file in the config dir. */
  everything(): string;
}

export function flowRun(idp: Idp, extraEnv: Record<string, string | undefined> = {}): FlowRun {
  const configDir = join(mkdtempSync(join(tmpdir(), 'pcsh-flow-')), 'pcsh');
  const env = { PCSH_CONFIG_DIR: configDir, PCSH_AUTHORITY_HOST: idp.url, ...extraEnv };
  const captured: Captured[] = [];
  return {
    configDir,
    env,
    captured,
    async connect(set, parameters, options = {}) {
      const { context, captured: c } = fakeContext({ parameterSet: set, env, answers: options.answers, interactive: options.interactive });
      captured.push(c);
      try {
        return await connect(parameters, context);
      } catch (error) {
        c.errors.push(error as never);
        throw error;
      }
    },
    async token(overrides = {}) {
      const stored = readContext(configDir);
      if (!stored) throw new Error('not connected');
      const { captured: c, context } = fakeContext({ env: { ...env, ...overrides } });
      captured.push(c);
      return getAccessToken(stored, { configDir, env: { ...env, ...overrides }, streams: context });
    },
    everything() {
      let files = '';
      try {
        for (const name of readdirSync(configDir)) files += `\n${name}: ${readFileSync(join(configDir, name), 'utf8')}`;
      } catch { /* no dir */ }
      return captured.map(allText).join('\n') + files;
    },
  };
}

/** The PcshError a sign-in promise rejects with; fails the test when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<PcshError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof PcshError)) throw error;
    return error;
  }
  throw new Error('expected a failure');
}
