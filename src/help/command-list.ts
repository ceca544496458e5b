/**
 * Get-Command over the registry: filtering by name, verb and noun patterns, and PowerShell's
 * CommandInfo table (CommandType 15, Name 50, Version 10, Source: the rest).
 *
 * @module
 */
import type { CommandSummary, ModuleInfo } from '../registry/model.ts';
import { commandNotFound } from './errors.ts';
import { hasWildcard, matchesWildcard } from './wildcard.ts';

export interface CommandFilters {
  name?: string[] | undefined;
  verb?: string[] | undefined;
  noun?: string[] | undefined;
}

export interface CommandListOptions {
  /** Shown in the Version column; defaults to the module page's Help Version. */
  version?: string;
  /** `Cmdlet` from a shell, `Function` for the generated pwsh module. */
  commandType?: 'Cmdlet' | 'Function';
}

function anyMatch(text: string, patterns: readonly string[] | undefined): boolean {
  return !patterns || patterns.length === 0 || patterns.some((p) => matchesWildcard(text, p));
}

/**
 * The cmdlets that match every given filter (each filter matches when any of its patterns does),
 * sorted by name. A name without wildcards that matches nothing is CommandNotFoundException.
 */
/**
 * Case-insensitive order of cmdlet names (ASCII Verb-Noun). Not localeCompare: its first call
 * loads ICU's collator, ~10 ms of every Get-Command's start-up.
 */
function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** What the table needs: the module (Source, Version) and the cmdlets' names, verbs and nouns. */
export interface CommandListSource<C extends CommandSummary> {
  module: ModuleInfo | null;
  cmdlets: readonly C[];
}

export function selectCommands<C extends CommandSummary>(registry: CommandListSource<C>, filters: CommandFilters): C[] {
  const selected = registry.cmdlets
    .filter((c) => anyMatch(c.name, filters.name) && anyMatch(c.verb, filters.verb) && anyMatch(c.noun, filters.noun))
    .sort((a, b) => compareNames(a.name, b.name));
  for (const name of filters.name ?? []) {
    if (!hasWildcard(name) && !selected.some((c) => c.name.toLowerCase() === name.toLowerCase())) throw commandNotFound(name);
  }
  return selected;
}

const TYPE_WIDTH = 15;
const NAME_WIDTH = 50;
const VERSION_WIDTH = 10;

function row(cells: [string, string, string, string], nameWidth: number): string {
  const [type, name, version, source] = cells;
  return `${type.padEnd(TYPE_WIDTH)} ${name.padEnd(nameWidth)} ${version.padEnd(VERSION_WIDTH)} ${source}`.trimEnd();
}

/**
 * Name column width: PowerShell's 50 when the row fits, otherwise narrowed (never below the
 * longest name) so that the Source column still fits in the output width.
 */
function nameColumnWidth(commands: readonly CommandSummary[], source: string, width: number): number {
  const longest = Math.max(4, ...commands.map((c) => c.name.length));
  const room = width - 1 - (TYPE_WIDTH + 1) - (VERSION_WIDTH + 1) - 1 - Math.max(source.length, 6);
  return Math.max(longest, Math.min(NAME_WIDTH, room));
}

/** The Get-Command table, with blank lines around it as PowerShell prints tables. */
export function renderCommandList(
  registry: CommandListSource<CommandSummary>,
  filters: CommandFilters,
  width: number,
  options: CommandListOptions = {},
): string {
  const commands = selectCommands(registry, filters);
  if (commands.length === 0) return '';
  const source = registry.module?.name ?? 'PartnerCenter';
  const version = options.version ?? registry.module?.helpVersion ?? '';
  const type = options.commandType ?? 'Cmdlet';
  const nameWidth = nameColumnWidth(commands, source, width);
  const lines = [
    row(['CommandType', 'Name', 'Version', 'Source'], nameWidth),
    row(['-----------', '----', '-------', '------'], nameWidth),
    ...commands.map((c) => row([type, c.name, version, source], nameWidth)),
  ];
  return `\n${lines.join('\n')}\n\n`;
}
