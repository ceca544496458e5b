/**
 * Candidates for a parameter's value: accepted values (-Environment), enums (-ErrorAction), cmdlet
 * names (Get-Help -Name), recent customer and cart ids, BillingCycle inside a line-item hashtable,
 * and file paths after `@` (`-LineItems @items.json`).
 *
 * @module
 */
import type { CmdletInfo, Registry } from '../registry/model.ts';
import { findIn } from '../registry/access.ts';
import type { ParamDef } from '../binder/parameter-table.ts';
import { BILLING_CYCLES } from '../partner-center/models.ts';
import type { RecentIds } from './recent-ids.ts';

/** ActionPreference values pcsh accepts (Suspend and Break only make sense inside pwsh). */
const ACTION_PREFERENCES = ['Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop'];
/** `…BillingCycle='Mo` at the end of a hashtable literal being typed. */
const BILLING_CYCLE_TAIL = /(billingcycle\s*=\s*['"]?)([A-Za-z]*)$/i;

export interface ValueSources {
  registry: Registry;
  recent: RecentIds;
  /** Entries of the folder `dir` (relative to the working directory), folders ending in `/`. */
  listDirectory(dir: string): string[];
}

/** `@path` names a file; `@{…}` and `@(…)` are PowerShell literals. */
export function isFileReference(word: string): boolean {
  return word.startsWith('@') && !word.startsWith('@{') && !word.startsWith('@(');
}

export function valueCandidates(
  cmdlet: CmdletInfo,
  def: ParamDef | undefined,
  current: string,
  sources: ValueSources,
  typed: ReadonlyMap<string, string> = new Map(),
): string[] {
  if (isFileReference(current)) return pathCandidates(current.slice(1), sources).map((path) => `@${path}`);
  if (!def) return [];
  const billing = BILLING_CYCLE_TAIL.exec(current);
  if (billing && def.type.startsWith('PSCartLineItem')) {
    const head = current.slice(0, billing.index + (billing[1] ?? '').length);
    return matching(BILLING_CYCLES, billing[2] ?? '').map((cycle) => head + cycle);
  }
  return matching(namedValues(cmdlet, def, sources, typed), current);
}

function namedValues(cmdlet: CmdletInfo, def: ParamDef, sources: ValueSources, typed: ReadonlyMap<string, string>): readonly string[] {
  if (def.info && def.info.acceptedValues.length > 0) return def.info.acceptedValues;
  if (def.type === 'ActionPreference') return ACTION_PREFERENCES;
  if (def.name === 'CustomerId') return sources.recent.customerIds;
  if (def.name === 'CartId') return sources.recent.cartIds;
  // Get-Help -Name and Get-Command -Name name a command.
  if (def.name === 'Name' && (cmdlet.name === 'Get-Help' || cmdlet.name === 'Get-Command')) return sources.registry.cmdlets.map((c) => c.name);
  // Get-Help <Cmdlet> -Parameter: that cmdlet's parameter names.
  if (def.name === 'Parameter' && cmdlet.name === 'Get-Help') {
    return findIn(sources.registry, typed.get('Name') ?? '')?.parameters.map((p) => p.name) ?? [];
  }
  return [];
}

/** Paths under the folder part of `typed`, matching its last segment; hidden ones only when typed. */
function pathCandidates(typed: string, sources: ValueSources): string[] {
  const slash = typed.lastIndexOf('/');
  const dir = slash < 0 ? '' : typed.slice(0, slash + 1);
  const showHidden = typed.slice(slash + 1).startsWith('.');
  const entries = sources
    .listDirectory(dir === '' ? '.' : dir)
    .filter((entry) => showHidden || !entry.startsWith('.'))
    .map((entry) => dir + entry);
  return matching(entries, typed);
}

/** The candidates that start with `typed` (case-insensitive), each with `prefix` in front, without repeats. */
export function matching(candidates: readonly string[], typed: string, prefix = ''): string[] {
  const wanted = typed.toLowerCase();
  const seen = new Set<string>();
  return candidates
    .map((candidate) => prefix + candidate)
    .filter((candidate) => candidate.toLowerCase().startsWith(wanted) && !seen.has(candidate) && Boolean(seen.add(candidate)));
}
