/**
 * Bound entries → the cmdlet's own parameters (`bound`) and the common ones (`common`, with
 * PowerShell's defaults: switches off, Confirm undefined when not given).
 *
 * @module
 */
import { defineValue } from './literal/ps-value.ts';
import type { BoundEntry } from './bind-core.ts';
import type { CommonParameterValues } from './types.ts';

export function splitBound(entries: ReadonlyMap<string, BoundEntry>): { bound: Record<string, unknown>; common: CommonParameterValues } {
  const bound: Record<string, unknown> = {};
  const given: Record<string, unknown> = {};
  for (const [name, entry] of entries) {
    if (entry.def.kind === 'own') defineValue(bound, name, entry.value);
    else defineValue(given, name, entry.value);
  }
  const common: CommonParameterValues = {
    Verbose: given['Verbose'] === true,
    Debug: given['Debug'] === true,
    WhatIf: given['WhatIf'] === true,
    Confirm: typeof given['Confirm'] === 'boolean' ? given['Confirm'] : undefined,
  };
  for (const key of ['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'] as const) {
    if (given[key] !== undefined && given[key] !== null) defineValue(common as unknown as Record<string, unknown>, key, given[key]);
  }
  return { bound, common };
}

/** Every bound parameter, own and common, under canonical names, in binding order (trace output). */
export function allBound(entries: ReadonlyMap<string, BoundEntry>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entry] of entries) defineValue(out, name, entry.value);
  return out;
}
