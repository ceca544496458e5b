/**
 * A cmdlet page: `# Verb-Noun` and its `##` sections, read into the cmdlet model (metadata
 * fields take their defaults here; the registry build merges the real ones).
 *
 * @module
 */
import type { CmdletInfo } from '../model.ts';
import type { Document } from './document.ts';
import { frontMatterValue } from './front-matter.ts';
import type { Part } from './headings.ts';
import { readParameters } from './read-parameters.ts';
import { readSyntax } from './read-syntax.ts';
import { readExamples } from './read-examples.ts';
import { readRelatedLinks, readText, readTypeDocs } from './read-simple-sections.ts';
import { deriveParameterSets } from './derive-parameter-sets.ts';
import { checkDefinition } from './check-definition.ts';

const SECTIONS = ['SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS'] as const;
type SectionName = (typeof SECTIONS)[number];
const CMDLET_NAME = /^([A-Za-z]+)-([A-Za-z0-9_]+)$/;

export function readCmdletPage(doc: Document, frontMatter: Record<string, string>, title: Part, body: readonly Part[]): CmdletInfo {
  const name = title.heading;
  const match = CMDLET_NAME.exec(name);
  if (!match) doc.reporter.report(title.index + 1, 'title', 'bad-cmdlet-name', `"${name}" is not a Verb-Noun cmdlet name.`);
  const sections = indexSections(doc, body);
  const synopsis = readText(doc, sections.SYNOPSIS);
  if (synopsis === '') doc.reporter.report(sections.SYNOPSIS ? sections.SYNOPSIS.index + 1 : title.index + 1, 'SYNOPSIS', 'missing-synopsis', `${name} has no synopsis.`);
  const syntax = readSyntax(doc, sections.SYNTAX);
  if (syntax.length === 0) doc.reporter.report(sections.SYNTAX ? sections.SYNTAX.index + 1 : title.index + 1, 'SYNTAX', 'missing-syntax', `${name} has no syntax block.`);
  const { parameters, supportsCommonParameters } = readParameters(doc, sections.PARAMETERS);
  const sets = deriveParameterSets(doc, syntax, parameters);
  checkDefinition(doc, parameters, sets.parameterSets);
  const names = new Set(parameters.map((p) => p.info.name.toLowerCase()));
  return {
    name,
    verb: match?.[1] ?? name,
    noun: match?.[2] ?? '',
    file: doc.file,
    frontMatter: { ...frontMatter },
    onlineVersion: frontMatterValue(frontMatter, 'online version'),
    synopsis,
    syntax: syntax.map((entry) => entry.block),
    parameterSets: sets.parameterSets,
    defaultParameterSet: sets.defaultParameterSet,
    description: readText(doc, sections.DESCRIPTION),
    examples: readExamples(doc, sections.EXAMPLES),
    parameters: parameters.map((p) => p.info),
    supportsCommonParameters,
    supportsShouldProcess: names.has('whatif') && names.has('confirm'),
    inputs: readTypeDocs(doc, sections.INPUTS),
    outputs: readTypeDocs(doc, sections.OUTPUTS),
    notes: readText(doc, sections.NOTES),
    relatedLinks: readRelatedLinks(doc, sections['RELATED LINKS']),
    confirmImpact: 'Medium',
    shouldProcessTarget: null,
  };
}

function indexSections(doc: Document, body: readonly Part[]): Partial<Record<SectionName, Part>> {
  const found: Partial<Record<SectionName, Part>> = {};
  for (const part of body) {
    const name = SECTIONS.find((section) => section === part.heading.toUpperCase().replace(/\s+/g, ' '));
    if (!name) doc.reporter.report(part.index + 1, part.heading, 'unknown-section', `Unknown section "## ${part.heading}".`);
    else if (found[name]) doc.reporter.report(part.index + 1, name, 'duplicate-section', `Section "## ${name}" appears more than once.`);
    else found[name] = part;
  }
  return found;
}
