/**
 * One ```yaml block of a parameter, interpreted: its type, lists, and an entry per parameter set
 * it names. Problems are reported; best-effort values are returned so `--keep-going` keeps them.
 *
 * @module
 */
import type { ParameterSetEntry } from '../model.ts';
import type { Document } from './document.ts';
import type { YamlFields, YamlKey } from './yaml-block.ts';
import {
  checkPipelineInput,
  parseBoolean,
  parseDefaultValue,
  parseList,
  parseParameterSetNames,
  parsePosition,
  parseRequired,
  type Parsed,
} from './parameter-fields.ts';

export interface ParameterBlock {
  type: string | null;
  aliases: string[];
  acceptedValues: string[];
  defaultValue: string | null;
  pipelineInput: string;
  acceptsWildcards: boolean;
  entries: (ParameterSetEntry & { line: number })[];
  line: number;
}

const SECTION = 'PARAMETERS';
const REQUIRED_KEYS: YamlKey[] = ['Type', 'Parameter Sets', 'Required', 'Position'];

export function interpretBlock(doc: Document, fields: YamlFields, parameter: string, line: number): ParameterBlock {
  for (const key of REQUIRED_KEYS) {
    if (!fields[key]) doc.reporter.report(line, SECTION, 'yaml-missing-key', `-${parameter}: the yaml block has no "${key}".`);
  }
  const type = fields.Type?.value.trim() || null;
  if (fields.Type && !type) doc.reporter.report(fields.Type.line, SECTION, 'yaml-missing-key', `-${parameter}: "Type" is empty.`);
  const pick = <T>(key: YamlKey, parse: (value: string) => Parsed<T>, fallback: T, id: string): T => {
    const field = fields[key];
    if (!field) return fallback;
    const parsed = parse(field.value);
    if (parsed.ok) return parsed.value;
    doc.reporter.report(field.line, SECTION, id, `-${parameter}: ${key}: ${parsed.message}`);
    return fallback;
  };
  return {
    type,
    aliases: parseList(fields.Aliases?.value ?? ''),
    acceptedValues: parseList(fields['Accepted values']?.value ?? ''),
    defaultValue: parseDefaultValue(fields['Default value']?.value ?? ''),
    pipelineInput: pick('Accept pipeline input', checkPipelineInput, 'False', 'bad-pipeline-input'),
    acceptsWildcards: pick('Accept wildcard characters', parseBoolean, false, 'bad-boolean'),
    entries: readEntries(doc, fields, parameter, line, pick),
    line,
  };
}

type Pick = <T>(key: YamlKey, parse: (value: string) => Parsed<T>, fallback: T, id: string) => T;

function readEntries(doc: Document, fields: YamlFields, parameter: string, line: number, pick: Pick): ParameterBlock['entries'] {
  const sets = pick('Parameter Sets', parseParameterSetNames, null, 'bad-parameter-sets') ?? [];
  const setsLine = fields['Parameter Sets']?.line ?? line;
  const required = pick('Required', (value) => parseRequired(value, sets), null, 'bad-required');
  const position = pick('Position', parsePosition, null, 'bad-position');
  const names = required && required.size > 0 && !sets.every((set) => required.has(set)) ? [...required.keys()] : sets;
  if (names.length === 0 && fields['Parameter Sets']) {
    doc.reporter.report(setsLine, SECTION, 'bad-parameter-sets', `-${parameter}: the block names no parameter set.`);
  }
  return names.map((name) => ({ name, required: required?.get(name) ?? false, position, line: setsLine }));
}
