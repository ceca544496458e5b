/**
 * Merges what platyPS cannot carry (src/cmdlets metadata) into the cmdlets read from markdown:
 * ConfirmImpact (default Medium), the ShouldProcess target (default null) and per-parameter
 * validation. Matching is case-insensitive. Metadata naming a page or parameter that does not
 * exist is reported.
 *
 * @module
 */
import type { CmdletBuildMetadata, CmdletInfo, Diagnostic } from './model.ts';

const SECTION = 'metadata';

export function mergeMetadata(cmdlets: readonly CmdletInfo[], metadata: readonly CmdletBuildMetadata[]): { cmdlets: CmdletInfo[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map(metadata.map((entry) => [entry.name.toLowerCase(), entry]));
  const merged = cmdlets.map((cmdlet) => {
    const entry = byName.get(cmdlet.name.toLowerCase());
    byName.delete(cmdlet.name.toLowerCase());
    if (!entry) return cmdlet;
    const report = (message: string) => diagnostics.push({ file: cmdlet.file, line: 1, section: SECTION, id: 'metadata-unknown-parameter', message });
    const known = new Map(cmdlet.parameters.map((p) => [p.name.toLowerCase(), p.name]));
    for (const name of Object.keys(entry.validation ?? {})) {
      if (!known.has(name.toLowerCase())) report(`Validation in src/cmdlets names -${name}, which ${cmdlet.name} does not declare.`);
    }
    for (const [, name] of (entry.shouldProcessTarget ?? '').matchAll(/\{(\w+)\}/g)) {
      if (name && !known.has(name.toLowerCase())) report(`The ShouldProcess target names {${name}}, which ${cmdlet.name} does not declare.`);
    }
    return withMetadata(cmdlet, entry);
  });
  for (const entry of byName.values()) {
    diagnostics.push({ file: `${entry.name}.md`, line: 1, section: SECTION, id: 'metadata-without-page', message: `src/cmdlets has metadata for ${entry.name}, but the help folder has no page for it.` });
  }
  return { cmdlets: merged, diagnostics };
}

function withMetadata(cmdlet: CmdletInfo, entry: CmdletBuildMetadata): CmdletInfo {
  const validation = new Map(Object.entries(entry.validation ?? {}).map(([name, rules]) => [name.toLowerCase(), rules]));
  return {
    ...cmdlet,
    parameters: cmdlet.parameters.map((parameter) => ({
      ...parameter,
      validation: { ...(validation.get(parameter.name.toLowerCase()) ?? {}) },
    })),
    confirmImpact: entry.confirmImpact ?? 'Medium',
    shouldProcessTarget: entry.shouldProcessTarget ?? null,
  };
}
