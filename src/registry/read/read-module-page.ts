/**
 * The module page (e.g. PartnerCenter.md): front matter with Module Name / Module Guid /
 * Help Version / Locale, `# Name Module`, a description, and `### [Cmdlet](Cmdlet.md)` + synopsis.
 *
 * @module
 */
import type { ModuleInfo } from '../model.ts';
import { textOf, type Document } from './document.ts';
import { frontMatterValue } from './front-matter.ts';
import { splitAt, type Part } from './headings.ts';

const SECTION = 'module page';
const CMDLET_LINK = /^\[([^\]]+)\]\(([^)]*)\)$/;

export function readModulePage(doc: Document, values: Record<string, string>, title: Part | undefined, body: Part[]): ModuleInfo {
  const fromTitle = title?.heading.replace(/\s+Module$/i, '').trim() || null;
  const name = frontMatterValue(values, 'Module Name') ?? fromTitle;
  if (!name) doc.reporter.report(1, SECTION, 'missing-module-name', 'The module page has no "Module Name" in its front matter.');
  const description = body.find((part) => /^description$/i.test(part.heading));
  return {
    name: name ?? '',
    guid: frontMatterValue(values, 'Module Guid'),
    helpVersion: frontMatterValue(values, 'Help Version'),
    locale: frontMatterValue(values, 'Locale'),
    description: description ? textOf(doc, description.start, description.end) : '',
    cmdlets: body.filter((part) => /cmdlets$/i.test(part.heading)).flatMap((part) => readCmdletList(doc, part)),
    file: doc.file,
  };
}

function readCmdletList(doc: Document, section: Part): { name: string; synopsis: string }[] {
  return splitAt(doc, section.start, section.end, 3).parts.flatMap((part) => {
    const match = CMDLET_LINK.exec(part.heading);
    if (!match) {
      doc.reporter.report(part.index + 1, SECTION, 'bad-module-cmdlet-heading', `Expected "### [Cmdlet-Name](Cmdlet-Name.md)", found "### ${part.heading}".`);
      return [];
    }
    return [{ name: (match[1] ?? '').trim(), synopsis: textOf(doc, part.start, part.end) }];
  });
}
