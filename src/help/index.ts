/**
 * Get-Help and Get-Command rendering from the registry. Pure functions returning text; nothing
 * here reads files or imports heavy modules (it is on the start-up path of `Cmdlet -?`).
 *
 * @module
 */
export { renderHelp, type HelpView, type HelpOptions } from './render-help.ts';
export { renderSyntax, syntaxLines } from './syntax.ts';
export { renderCommandList, selectCommands, type CommandFilters, type CommandListOptions } from './command-list.ts';
export { helpNotFound, onlineUriMissing } from './errors.ts';
export { onlineUri } from './online-uri.ts';
export { renderHelpOverview } from './overview.ts';
export { wrapLine, wrapIndented, maxLineLength } from './wrap-text.ts';
export { matchesWildcard, hasWildcard } from './wildcard.ts';
