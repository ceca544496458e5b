/**
 * The one completion function every shell calls (through `pcsh __complete -- WORD…`): given the
 * words of the command line up to the cursor, the candidates for the last word. Pure: the
 * registry, the recent ids and the file listing are passed in, so a TAB never reaches the network.
 * Matching is case-insensitive, as in PowerShell.
 *
 * @module
 */
import type { CmdletInfo, Registry } from '../registry/model.ts';
import { findIn } from '../registry/access.ts';
import type { ParamDef } from '../binder/parameter-table.ts';
import { looksLikeParameter } from '../binder/tokenize.ts';
import { readCommandLine, stillAllowed, type CommandLineState } from './complete-context.ts';
import { COMPLETION_SHELL_NAMES } from './completion-script.ts';
import { isFileReference, matching, valueCandidates, type ValueSources } from './complete-values.ts';

/** `pcsh` subcommands offered after `pcsh ` besides the cmdlet names. */
const PCSH_SUBCOMMANDS: readonly string[] = ['completion', 'emulator', 'help', 'host', 'pwsh-module', 'registry', 'trace-binding'];
/** `pcsh --format` values (src/runtime/format-output.ts). */
const OUTPUT_FORMATS: readonly string[] = ['json', 'list', 'table'];
const PCSH_SUBCOMMAND_WORDS: Readonly<Record<string, readonly string[]>> = {
  completion: [...COMPLETION_SHELL_NAMES, '--install'],
  emulator: ['start'],
  registry: ['build'],
};

export interface CompletionSources extends ValueSources {
  registry: Registry;
}

/** `words[0]` is the command as typed (pcsh or a cmdlet name, maybe with a path); the last word is being completed. */
export function complete(words: readonly string[], sources: CompletionSources): string[] {
  const command = (words[0] ?? '').replace(/^.*[\\/]/, '').replace(/\.(js|cmd|ps1)$/i, '');
  const current = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  const before = words.slice(1, -1);
  if (command.toLowerCase() === 'pcsh') return completePcsh(before, current, sources);
  const cmdlet = findIn(sources.registry, command);
  return cmdlet ? completeCmdlet(cmdlet, before, current, sources) : [];
}

function completePcsh(before: readonly string[], current: string, sources: CompletionSources): string[] {
  const [first, ...rest] = before;
  const cmdletNames = sources.registry.cmdlets.map((c) => c.name);
  if (first === undefined) return matching([...cmdletNames, ...PCSH_SUBCOMMANDS], current);
  // `pcsh --format FORMAT <Cmdlet> …` and `pcsh trace-binding <Cmdlet> …` take a cmdlet line after them.
  if (first === '--format') return rest.length === 0 ? matching(OUTPUT_FORMATS, current) : completePcsh(rest.slice(1), current, sources);
  if (first.startsWith('--format=')) return completePcsh(rest, current, sources);
  if (first === 'trace-binding') return rest.length === 0 ? matching(cmdletNames, current) : completePcsh(rest, current, sources);
  const cmdlet = findIn(sources.registry, first);
  if (cmdlet) return completeCmdlet(cmdlet, rest, current, sources);
  if (rest.length === 0) return matching(PCSH_SUBCOMMAND_WORDS[first] ?? [], current);
  return [];
}

function completeCmdlet(cmdlet: CmdletInfo, before: readonly string[], current: string, sources: CompletionSources): string[] {
  const state = readCommandLine(cmdlet, before);
  if (state.awaitingValueOf) return valueCandidates(cmdlet, state.awaitingValueOf, current, sources, state.values);
  if (state.endOfParameters) return positionalCandidates(cmdlet, state, current, sources);
  const colon = current.indexOf(':');
  if (looksLikeParameter(current) && colon > 0) return colonValueCandidates(state, current, colon);
  if (isFileReference(current)) return valueCandidates(cmdlet, undefined, current, sources);
  if (current !== '' && !current.startsWith('-')) return positionalCandidates(cmdlet, state, current, sources);
  const names = parameterNames(state, cmdlet.supportsCommonParameters, current.length > 1);
  return [...matching(names, current, '-'), ...(current === '' ? positionalCandidates(cmdlet, state, current, sources) : [])];
}

/** `-Confirm:`, `-WhatIf:` and any other switch take `$true`/`$false` after a colon. */
function colonValueCandidates(state: CommandLineState, current: string, colon: number): string[] {
  const match = state.table.find((def) => [def.name, ...def.aliases].some((n) => n.toLowerCase() === current.slice(1, colon).toLowerCase()));
  if (!match || match.type.toLowerCase() !== 'switchparameter') return [];
  const head = current.slice(0, colon + 1);
  return matching(['$true', '$false'], current.slice(colon + 1)).map((value) => head + value);
}

/** Values for the first positional parameter not yet named (e.g. Get-Help's -Name). */
function positionalCandidates(cmdlet: CmdletInfo, state: CommandLineState, current: string, sources: CompletionSources): string[] {
  const positional = state.table.find((def) => def.info?.parameterSets.some((e) => e.position !== null) && stillAllowed(state, def));
  return positional ? valueCandidates(cmdlet, positional, current, sources, state.values) : [];
}

/**
 * Parameter names still possible: the cmdlet's own, then the common ones, then WhatIf/Confirm.
 * Aliases (-Device, -ea) join once a letter is typed, so a bare `-<TAB>` lists each parameter once.
 */
function parameterNames(state: CommandLineState, commonParameters: boolean, withAliases: boolean): string[] {
  const allowed = (def: ParamDef) => (def.kind !== 'common' || commonParameters) && stillAllowed(state, def);
  return state.table.filter(allowed).flatMap((def) => (withAliases ? [def.name, ...def.aliases] : [def.name]));
}
