/**
 * Get-Help without a name: the help of Get-Help itself (as PowerShell shows its own help topic),
 * or, when the registry has no Get-Help page, the module's cmdlets with their synopses.
 *
 * @module
 */
import type { Registry } from '../registry/model.ts';
import { findIn } from '../registry/access.ts';
import { frame, renderHelp } from './render-help.ts';
import { wrapIndented } from './wrap-text.ts';

export function renderHelpOverview(registry: Registry, options: { width: number }): string {
  const getHelp = findIn(registry, 'Get-Help');
  if (getHelp) return renderHelp(getHelp, { kind: 'default' }, options);
  const lines = registry.cmdlets.flatMap((c) => [c.name, ...wrapIndented(c.synopsis, 4, options.width), '']);
  return frame(lines);
}
