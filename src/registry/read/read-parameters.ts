/**
 * The PARAMETERS section: `### -Name` (the dash may be missing), a description, and one or more
 * ```yaml blocks, one per group of parameter sets; `### CommonParameters` marks common support.
 *
 * @module
 */
import type { ParameterInfo } from '../model.ts';
import type { Document } from './document.ts';
import { splitAt, type Part } from './headings.ts';
import { proseOf, readBlocks } from './blocks.ts';
import { readYamlBlock } from './yaml-block.ts';
import { interpretBlock, type ParameterBlock } from './parameter-block.ts';

/** A parameter with the lines the definition checks point at. */
export interface ReadParameter {
  info: ParameterInfo;
  line: number;
  /** Per parameter-set entry (same order as info.parameterSets): the line that names the set. */
  entryLines: number[];
}

export interface ParametersRead {
  parameters: ReadParameter[];
  supportsCommonParameters: boolean;
}

const SECTION = 'PARAMETERS';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readParameters(doc: Document, section: Part | undefined): ParametersRead {
  const read: ParametersRead = { parameters: [], supportsCommonParameters: false };
  if (!section) return read;
  for (const part of splitAt(doc, section.start, section.end, 3).parts) {
    if (part.level < 3) continue;
    if (/^-?CommonParameters$/i.test(part.heading)) read.supportsCommonParameters = true;
    else if (!/^-?WorkflowCommonParameters$/i.test(part.heading)) read.parameters.push(readParameter(doc, part));
  }
  return read;
}

function readParameter(doc: Document, part: Part): ReadParameter {
  const name = part.heading.replace(/^-/, '').trim();
  if (!NAME.test(name)) doc.reporter.report(part.index + 1, SECTION, 'bad-parameter-name', `"${part.heading}" is not a parameter name.`);
  const blocks = readBlocks(doc, part.start, part.end);
  const yaml = blocks.flatMap((block) => (block.kind === 'code' && /^ya?ml$/i.test(block.lang) ? [block] : []));
  if (yaml.length === 0) doc.reporter.report(part.index + 1, SECTION, 'missing-yaml-block', `-${name}: no \`\`\`yaml block.`);
  const interpreted = yaml.map((block) => interpretBlock(doc, readYamlBlock(doc, block.lines, name), name, block.line));
  return mergeBlocks(doc, name, proseOf(blocks), part.index + 1, interpreted);
}

function mergeBlocks(doc: Document, name: string, description: string, line: number, blocks: ParameterBlock[]): ReadParameter {
  const first = blocks[0];
  for (const block of blocks.slice(1)) {
    if (first && block.type !== null && first.type !== null && block.type.toLowerCase() !== first.type.toLowerCase()) {
      doc.reporter.report(block.line, SECTION, 'inconsistent-parameter-type', `-${name}: Type "${block.type}" differs from "${first.type}" in the first block.`);
    }
    if (first && block.aliases.join(',').toLowerCase() !== first.aliases.join(',').toLowerCase()) {
      doc.reporter.report(block.line, SECTION, 'inconsistent-aliases', `-${name}: Aliases differ from the first block.`);
    }
  }
  const entries = blocks.flatMap((block) => block.entries);
  const info: ParameterInfo = {
    name,
    type: first?.type ?? 'Object',
    description,
    aliases: first?.aliases ?? [],
    acceptedValues: first?.acceptedValues ?? [],
    defaultValue: first?.defaultValue ?? null,
    pipelineInput: first?.pipelineInput ?? 'False',
    acceptsWildcards: first?.acceptsWildcards ?? false,
    parameterSets: entries.map(({ name: set, required, position }) => ({ name: set, required, position })),
    validation: {},
  };
  return { info, line, entryLines: entries.map((entry) => entry.line) };
}
