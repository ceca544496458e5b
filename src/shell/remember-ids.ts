/**
 * After a successful cmdlet call: the customer and cart ids it named or returned go to the recent
 * ids tab completion offers (recent-ids.ts). The file is written only when the list changes.
 *
 * @module
 */
import { resolveConfigDir } from '../auth/config-dir.ts';
import { mergeRecent, parseRecentIds, readRecentIds, recordRecentIds, type RecentIds } from './recent-ids.ts';

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The ids in the bound parameters (-CustomerId, -CartId) and in the output (carts' CartId, customers' CustomerId). */
function idsUsed(bound: Readonly<Record<string, unknown>>, output: readonly unknown[]): RecentIds {
  const returned = (key: 'CartId' | 'CustomerId') =>
    output.flatMap((item) => (item !== null && typeof item === 'object' ? stringsOf((item as Record<string, unknown>)[key]) : []));
  const used = { customerIds: [...returned('CustomerId'), ...stringsOf(bound.CustomerId)], cartIds: [...returned('CartId'), ...stringsOf(bound.CartId)] };
  // Through parseRecentIds: only well-formed GUIDs are kept.
  return parseRecentIds(JSON.stringify(used));
}

export function rememberIds(env: Readonly<Record<string, string | undefined>>, bound: Readonly<Record<string, unknown>>, output: readonly unknown[]): void {
  const used = idsUsed(bound, output);
  if (used.customerIds.length === 0 && used.cartIds.length === 0) return;
  const configDir = resolveConfigDir(env, process.platform);
  const current = readRecentIds(configDir);
  const unchanged = (kind: keyof RecentIds) => JSON.stringify(mergeRecent(current[kind], used[kind])) === JSON.stringify(current[kind]);
  if (unchanged('customerIds') && unchanged('cartIds')) return;
  recordRecentIds(configDir, used);
}
