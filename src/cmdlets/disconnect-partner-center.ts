/**
 * Disconnect-PartnerCenter: forgets the stored context and the cached tokens of that account
 * (other accounts' msal tokens stay), under one acquisition of the config lock. The -AccessToken
 * file and temp files left by killed writers go whatever the context says; when the context is
 * unreadable, the whole msal cache goes too (whose tokens they are cannot be told). No sign-out
 * request is sent; no output.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import type { CmdletHandler } from './types.ts';
import type { StoredContext } from '../auth/context.ts';
import { resolveConfigDir } from '../auth/config-dir.ts';
import { readLockedContext, removeLockedContext } from '../auth/context-store.ts';
import { forgetAccountTokens, removeTokenFiles } from '../auth/forget-tokens.ts';
import { withConfigLock, type LockedConfigFiles } from '../auth/secure-files.ts';
import { PcshError } from '../core/error-record.ts';

/** The stored context, `null` when none, `'unreadable'` when corrupt (loose permissions still refuse). */
function storedOrUnreadable(files: LockedConfigFiles, configDir: string): StoredContext | null | 'unreadable' {
  try {
    return readLockedContext(files, configDir);
  } catch (error) {
    if (error instanceof PcshError && error.errorId === 'InvalidStoredContext') return 'unreadable';
    throw error;
  }
}

const disconnectPartnerCenter: CmdletHandler<Record<string, never>> = async (_parameters, context) => {
  const platform = process.platform;
  const configDir = resolveConfigDir(context.env, platform);
  if (!existsSync(configDir)) {
    context.verbose('Not connected to Partner Center; nothing to disconnect.');
    return undefined;
  }
  const stored = withConfigLock(configDir, platform, (files) => {
    const current = storedOrUnreadable(files, configDir);
    if (current !== null && current !== 'unreadable') forgetAccountTokens(files, current);
    removeTokenFiles(files, current === 'unreadable');
    removeLockedContext(files);
    return current;
  });
  if (stored === null) context.verbose('Not connected to Partner Center; nothing to disconnect.');
  else if (stored === 'unreadable') context.verbose(`Removed an unreadable context and every token file from ${configDir}.`);
  else context.verbose(`Disconnected ${stored.account} from Partner Center (${stored.environment}).`);
  return undefined;
};

export default disconnectPartnerCenter;
