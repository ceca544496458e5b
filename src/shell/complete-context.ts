/**
 * What a command line says so far, for completion: which cmdlet, which of its parameters are
 * already named, which parameter sets are still possible, and whether the word being completed is
 * the value of the parameter before it. Binds nothing and never throws: a half-typed line is normal.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import { buildParameterTable, isSwitchType, parameterSetsOf, type ParamDef } from '../binder/parameter-table.ts';
import { allParameterSets } from '../binder/parameter-sets.ts';
import { matchParameterName } from '../binder/resolve-name.ts';
import { looksLikeParameter } from '../binder/tokenize.ts';

export interface CommandLineState {
  table: ParamDef[];
  /** Canonical names of the parameters named before the current word. */
  named: Set<string>;
  /** The parameter sets every named parameter belongs to. */
  possibleSets: string[];
  /** Set when the word before the current one is a parameter that takes a value. */
  awaitingValueOf: ParamDef | undefined;
  /** `--` was typed: every later word is an argument, never a parameter. */
  endOfParameters: boolean;
  /** The values typed so far, by canonical parameter name (named, or bound by position). */
  values: Map<string, string>;
}

function takesValue(def: ParamDef): boolean {
  return !isSwitchType(def.type);
}

/** Reads the words typed before the current one (the cmdlet's arguments only). */
export function readCommandLine(cmdlet: CmdletInfo, before: readonly string[]): CommandLineState {
  const table = buildParameterTable(cmdlet);
  const named = new Set<string>();
  let possibleSets = allParameterSets(cmdlet);
  let awaitingValueOf: ParamDef | undefined;
  let endOfParameters = false;
  const values = new Map<string, string>();
  for (const word of before) {
    if (awaitingValueOf) {
      values.set(awaitingValueOf.name, word);
      awaitingValueOf = undefined;
      continue;
    }
    if (word === '--') {
      endOfParameters = true;
      break;
    }
    if (!looksLikeParameter(word)) {
      bindByPosition(table, named, values, word);
      continue;
    }
    const colon = word.indexOf(':');
    const match = matchParameterName(table, word.slice(1, colon < 0 ? undefined : colon));
    if (match.kind !== 'found') continue;
    named.add(match.def.name);
    possibleSets = narrow(possibleSets, match.def);
    if (colon < 0 && takesValue(match.def)) awaitingValueOf = match.def;
  }
  return { table, named, possibleSets, awaitingValueOf, endOfParameters, values };
}

/** A bare word goes to the positional parameter with the lowest position not named yet, as in PowerShell. */
function bindByPosition(table: readonly ParamDef[], named: Set<string>, values: Map<string, string>, word: string): void {
  const position = (def: ParamDef) => Math.min(...(def.info?.parameterSets ?? []).map((e) => e.position ?? Infinity));
  const next = table.filter((def) => !named.has(def.name) && position(def) < Infinity).sort((a, b) => position(a) - position(b))[0];
  if (!next) return;
  named.add(next.name);
  values.set(next.name, word);
}

/** The sets left once `def` is named; an empty result means the line can no longer bind. */
function narrow(sets: readonly string[], def: ParamDef): string[] {
  const own = def.kind === 'own' ? parameterSetsOf(def) : null;
  return own === null ? [...sets] : sets.filter((set) => own.includes(set));
}

/** Whether `def` may still be named: not named yet and in one of the possible sets. */
export function stillAllowed(state: CommandLineState, def: ParamDef): boolean {
  if (state.named.has(def.name)) return false;
  const sets = def.kind === 'own' ? parameterSetsOf(def) : null;
  return sets === null ? state.possibleSets.length > 0 : sets.some((set) => state.possibleSets.includes(set));
}
