/**
 * Diagnostics: every problem found in a help file, reported as `file:line: section: message`.
 * Readers collect them all; callers decide whether to fail after reporting.
 *
 * @module
 */
import type { Diagnostic } from './model.ts';

/** Collects the diagnostics of one file. */
export interface Reporter {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  report(line: number, section: string, id: string, message: string): void;
}

export function createReporter(file: string): Reporter {
  const diagnostics: Diagnostic[] = [];
  return {
    file,
    diagnostics,
    report(line, section, id, message) {
      diagnostics.push({ file, line, section, id, message });
    },
  };
}

/** `file:line: section: message` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}: ${diagnostic.section}: ${diagnostic.message}`;
}

/** Sorted by file, then line, then id: a stable order for printing and comparing. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.id, b.id),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
