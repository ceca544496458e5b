/**
 * After a successful cmdlet call: the customer and cart ids it named or returned (ids-used.ts) go
 * to the recent ids tab completion offers (recent-ids.ts). The file is written only when the list changes.
 *
 * @module
 */
import { resolveConfigDir } from '../auth/config-dir.ts';
import type { IdsUsed } from './ids-used.ts';
import { mergeRecent, parseRecentIds, readRecentIds, recordRecentIds, type RecentIds } from './recent-ids.ts';

export function rememberIds(env: Readonly<Record<string, string | undefined>>, candidates: IdsUsed): void {
  // Through parseRecentIds: only well-formed GUIDs are kept.
  const used: RecentIds = parseRecentIds(JSON.stringify(candidates));
  if (used.customerIds.length === 0 && used.cartIds.length === 0) return;
  const configDir = resolveConfigDir(env, process.platform);
  const current = readRecentIds(configDir);
  const unchanged = (kind: keyof RecentIds) => JSON.stringify(mergeRecent(current[kind], used[kind])) === JSON.stringify(current[kind]);
  if (unchanged('customerIds') && unchanged('cartIds')) return;
  recordRecentIds(configDir, used);
}
