/**
 * msal's token cache, persisted through an ICachePlugin to `<config dir>/msal-cache.json`
 * (0600 in 0700, atomic, locked; see secure-files.ts).
 *
 * @module
 */
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { readPrivateFile, writePrivateFile } from './secure-files.ts';

export const MSAL_CACHE_FILE = 'msal-cache.json';

export function createCachePlugin(configDir: string, platform: NodeJS.Platform): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
      const text = readPrivateFile(configDir, MSAL_CACHE_FILE, platform);
      if (text !== null && text.trim() !== '') context.tokenCache.deserialize(text);
    },
    async afterCacheAccess(context: TokenCacheContext): Promise<void> {
      if (context.cacheHasChanged) writePrivateFile(configDir, MSAL_CACHE_FILE, context.tokenCache.serialize(), platform);
    },
  };
}
