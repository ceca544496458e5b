/**
 * Parameter-name resolution, PowerShell's rules: case-insensitive; an exact name or alias wins;
 * else a unique prefix of a name or alias; several prefix matches resolve to the one the command
 * itself declares (not a common or ShouldProcess parameter) when there is exactly one; otherwise
 * AmbiguousParameter lists every match, common and ShouldProcess ones included.
 *
 * @module
 */
import { ambiguousParameter, namedParameterNotFound } from './binding-errors.ts';
import { closestName } from './did-you-mean.ts';
import type { ParamDef } from './parameter-table.ts';

export type NameMatch =
  | { kind: 'found'; def: ParamDef }
  | { kind: 'ambiguous'; matches: ParamDef[] }
  | { kind: 'notFound' };

function names(def: ParamDef): string[] {
  return [def.name, ...def.aliases].map((n) => n.toLowerCase());
}

export function matchParameterName(table: readonly ParamDef[], typed: string, exactOnly = false): NameMatch {
  const key = typed.toLowerCase();
  const exact = table.find((def) => names(def).includes(key));
  if (exact) return { kind: 'found', def: exact };
  if (exactOnly || key.length === 0) return { kind: 'notFound' };
  // PowerShell lists the name matches (own, then common, then ShouldProcess parameters) before
  // the parameters matched only through an alias: `-D` on Connect-PartnerCenter is -Debug -Tenant
  // -UseDeviceAuthentication.
  const byName = table.filter((def) => def.name.toLowerCase().startsWith(key));
  const prefixed = [...byName, ...table.filter((def) => !byName.includes(def) && names(def).some((n) => n.startsWith(key)))];
  if (prefixed.length === 0) return { kind: 'notFound' };
  const first = prefixed[0];
  if (prefixed.length === 1 && first) return { kind: 'found', def: first };
  const own = prefixed.filter((def) => def.kind === 'own');
  const onlyOwn = own[0];
  if (own.length === 1 && onlyOwn) return { kind: 'found', def: onlyOwn };
  return { kind: 'ambiguous', matches: prefixed };
}

/** Throws AmbiguousParameter; returns undefined when no parameter matches (reported later). */
export function resolveParameterName(command: string, table: readonly ParamDef[], typed: string): ParamDef | undefined {
  const match = matchParameterName(table, typed);
  if (match.kind === 'ambiguous') throw ambiguousParameter(command, typed, match.matches.map((m) => m.name));
  return match.kind === 'found' ? match.def : undefined;
}

export function parameterNotFound(command: string, table: readonly ParamDef[], typed: string) {
  const own = table.filter((d) => d.kind !== 'common').map((d) => d.name);
  const all = [...own, ...table.filter((d) => d.kind === 'common').map((d) => d.name)];
  return namedParameterNotFound(command, typed, closestName(typed, own) ?? closestName(typed, all));
}
