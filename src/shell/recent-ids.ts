/**
 * `<config dir>/recent-ids.json`: the customer and cart ids of the last successful cmdlet calls (named or returned),
 * newest first, offered by tab completion. Private and atomic as the signed-in context is (0600 in
 * 0700), but written without the lock: a hint, where two concurrent calls may lose one's ids (see
 * replacePrivateHintFile in auth/secure-files.ts). Completion only reads it, and a problem with the
 * file never fails a cmdlet call or a TAB: completion just offers no ids.
 *
 * @module
 */
import { readPrivateFile, replacePrivateHintFile } from '../auth/secure-files.ts';

export const RECENT_IDS_FILE = 'recent-ids.json';
/** How many of each kind are kept. */
export const RECENT_IDS_LIMIT = 20;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RecentIds {
  customerIds: string[];
  cartIds: string[];
}

const NO_RECENT_IDS: RecentIds = Object.freeze({ customerIds: [], cartIds: [] }) as RecentIds;

function guids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && GUID.test(v)).slice(0, RECENT_IDS_LIMIT) : [];
}

export function parseRecentIds(text: string | null): RecentIds {
  if (text === null) return NO_RECENT_IDS;
  try {
    const parsed = JSON.parse(text) as Partial<Record<keyof RecentIds, unknown>>;
    return { customerIds: guids(parsed.customerIds), cartIds: guids(parsed.cartIds) };
  } catch {
    return NO_RECENT_IDS;
  }
}

/** The ids to offer; none when the file is missing, unreadable or not private. */
export function readRecentIds(configDir: string, platform: NodeJS.Platform = process.platform): RecentIds {
  try {
    return parseRecentIds(readPrivateFile(configDir, RECENT_IDS_FILE, platform));
  } catch {
    return NO_RECENT_IDS;
  }
}

/** `used` first, then the earlier ids without repeats (case-insensitive), at most the limit. */
export function mergeRecent(earlier: readonly string[], used: readonly string[]): string[] {
  const merged: string[] = [];
  for (const id of [...used, ...earlier]) {
    if (GUID.test(id) && !merged.some((m) => m.toLowerCase() === id.toLowerCase())) merged.push(id);
  }
  return merged.slice(0, RECENT_IDS_LIMIT);
}

/**
 * Records ids a call used, newest first; the file is written only when the lists change. A failure
 * to record is ignored (the call itself succeeded).
 */
export function recordRecentIds(configDir: string, used: Partial<RecentIds>, platform: NodeJS.Platform = process.platform): void {
  const customerIds = used.customerIds ?? [];
  const cartIds = used.cartIds ?? [];
  if (customerIds.length === 0 && cartIds.length === 0) return;
  try {
    const current = parseRecentIds(readPrivateFile(configDir, RECENT_IDS_FILE, platform));
    const next = { customerIds: mergeRecent(current.customerIds, customerIds), cartIds: mergeRecent(current.cartIds, cartIds) };
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    replacePrivateHintFile(configDir, RECENT_IDS_FILE, `${JSON.stringify(next, null, 2)}\n`, platform);
  } catch {
    // Not private, or a read-only folder: completion just offers fewer ids.
  }
}
