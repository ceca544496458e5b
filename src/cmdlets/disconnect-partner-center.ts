/**
 * Disconnect-PartnerCenter: forgets the stored context and the cached tokens of that account
 * (other accounts' tokens stay). No sign-out request is sent; no output.
 *
 * @module
 */
import type { CmdletHandler } from './types.ts';
import { resolveConfigDir } from '../auth/config-dir.ts';
import { readContext, removeContext } from '../auth/context-store.ts';
import { forgetTokens } from '../auth/forget-tokens.ts';

const disconnectPartnerCenter: CmdletHandler<Record<string, never>> = async (_parameters, context) => {
  const platform = process.platform;
  const configDir = resolveConfigDir(context.env, platform);
  const stored = readContext(configDir, platform);
  if (stored === null) {
    context.verbose('Not connected to Partner Center; nothing to disconnect.');
    return undefined;
  }
  forgetTokens(configDir, stored, platform);
  removeContext(configDir);
  context.verbose(`Disconnected ${stored.account} from Partner Center (${stored.environment}).`);
  return undefined;
};

export default disconnectPartnerCenter;
