/**
 * After a successful cmdlet call: the customer and cart ids it named or returned (ids-used.ts) go
 * to the recent ids tab completion offers (recent-ids.ts). The file is written only when the list changes.
 *
 * @module
 */
import { resolveConfigDir } from '../auth/config-dir.ts';
import type { IdsUsed } from './ids-used.ts';
import { parseRecentIds, recordRecentIds } from './recent-ids.ts';

export function rememberIds(env: Readonly<Record<string, string | undefined>>, candidates: IdsUsed): void {
  // Through parseRecentIds: only well-formed GUIDs are kept.
  recordRecentIds(resolveConfigDir(env, process.platform), parseRecentIds(JSON.stringify(candidates)));
}
