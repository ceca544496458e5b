/**
 * Reads one platyPS markdown help file (schema 2.0.0) into the cmdlet model, or the module page
 * into ModuleInfo, with every problem as a diagnostic. Never throws on content: a file that
 * cannot be read at all yields null and diagnostics.
 *
 * @module
 */
import type { CmdletInfo, Diagnostic, ModuleInfo } from './model.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { openDocument, type Document } from './read/document.ts';
import { frontMatterValue, readFrontMatter } from './read/front-matter.ts';
import { splitAt, type Part } from './read/headings.ts';
import { readCmdletPage } from './read/read-cmdlet-page.ts';
import { readModulePage } from './read/read-module-page.ts';

export interface HelpFileRead {
  cmdlet: CmdletInfo | null;
  module: ModuleInfo | null;
  diagnostics: Diagnostic[];
}

export function readHelpFile(fileName: string, text: string): HelpFileRead {
  const doc = openDocument(fileName, text);
  const frontMatter = readFrontMatter(doc);
  const { parts } = splitAt(doc, frontMatter.bodyStart, doc.lines.length, 2);
  const titleIndex = parts.findIndex((part) => part.level === 1);
  const title = parts[titleIndex];
  const body = parts.slice(titleIndex + 1);
  reportStrayTitles(doc, body);
  const sections = body.filter((part) => part.level === 2);
  if (isModulePage(frontMatter.values, title)) {
    const module = readModulePage(doc, frontMatter.values, title, sections);
    return { cmdlet: null, module, diagnostics: sortDiagnostics(doc.reporter.diagnostics) };
  }
  if (!title) {
    doc.reporter.report(Math.max(1, Math.min(frontMatter.bodyStart + 1, doc.lines.length)), 'title', 'missing-title', 'No "# Cmdlet-Name" title.');
    return { cmdlet: null, module: null, diagnostics: sortDiagnostics(doc.reporter.diagnostics) };
  }
  const cmdlet = readCmdletPage(doc, frontMatter.values, title, sections);
  return { cmdlet, module: null, diagnostics: sortDiagnostics(doc.reporter.diagnostics) };
}

function isModulePage(values: Record<string, string>, title: Part | undefined): boolean {
  if (frontMatterValue(values, 'Module Guid') !== null) return true;
  return frontMatterValue(values, 'external help file') === null && title !== undefined && /\sModule$/i.test(title.heading);
}

function reportStrayTitles(doc: Document, body: readonly Part[]): void {
  for (const part of body) {
    if (part.level === 1) doc.reporter.report(part.index + 1, 'title', 'extra-title', `A second "# ${part.heading}" title.`);
  }
}
