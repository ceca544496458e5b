/**
 * A parameter's ```yaml block. platyPS splits each line on its FIRST colon, so values may hold
 * colons and be empty; blank lines are allowed. Each line is normalised into a quoted
 * `"key": "value"` pair (duplicates reported and dropped first) and the block is parsed with
 * js-yaml, so no YAML syntax in a value (`#`, `: `, `[`) can change its meaning. js-yaml reads such
 * a block back as exactly the strings written, so the pairs are taken directly (js-yaml was a third
 * of the build's CPU, issue 15); only a value with a character js-yaml refuses as non-printable
 * still goes through it, to keep its answer (an error) for that input.
 *
 * @module
 */
import { load } from 'js-yaml';
import type { Document } from './document.ts';

const YAML_KEYS = [
  'Type',
  'Parameter Sets',
  'Aliases',
  'Accepted values',
  'Required',
  'Position',
  'Default value',
  'Accept pipeline input',
  'Accept wildcard characters',
  'Applicable',
] as const;
export type YamlKey = (typeof YAML_KEYS)[number];

export interface YamlField {
  value: string;
  /** 1-based line in the file. */
  line: number;
}

export type YamlFields = Partial<Record<YamlKey, YamlField>>;

const SECTION = 'PARAMETERS';
const KEYS_BY_LOWER = new Map<string, YamlKey>(YAML_KEYS.map((key) => [key.toLowerCase(), key]));

export function readYamlBlock(doc: Document, lines: readonly { text: string; line: number }[], parameter: string): YamlFields {
  const fields: YamlFields = {};
  const pairs: { key: YamlKey; value: string; line: number }[] = [];
  for (const { text, line } of lines) {
    if (text.trim() === '') continue;
    const colon = text.indexOf(':');
    if (colon <= 0) {
      doc.reporter.report(line, SECTION, 'yaml-bad-line', `-${parameter}: expected "Key: value", found "${text.trim()}".`);
      continue;
    }
    const written = text.slice(0, colon).trim();
    const key = KEYS_BY_LOWER.get(written.toLowerCase().replace(/\s+/g, ' '));
    if (!key) {
      doc.reporter.report(line, SECTION, 'yaml-unknown-key', `-${parameter}: unknown key "${written}".`);
      continue;
    }
    pairs.push({ key, value: text.slice(colon + 1).trim(), line });
  }
  const parsed = parsePairs(doc, pairs, parameter);
  for (const pair of pairs) {
    const value = parsed[pair.key];
    if (typeof value === 'string' && !fields[pair.key]) fields[pair.key] = { value, line: pair.line };
  }
  return fields;
}

/** Reports and drops repeated keys, then parses the normalised block. */
function parsePairs(doc: Document, pairs: { key: YamlKey; value: string; line: number }[], parameter: string): Record<string, unknown> {
  const seen = new Set<YamlKey>();
  const unique = pairs.filter((pair) => {
    if (!seen.has(pair.key)) return seen.add(pair.key);
    doc.reporter.report(pair.line, SECTION, 'yaml-duplicate-key', `-${parameter}: key "${pair.key}" appears more than once.`);
    return false;
  });
  return quotedPairsToObject(unique);
}

/** js-yaml's own test for characters it refuses in a document (js-yaml 4–5, PATTERN_NON_PRINTABLE). */
const YAML_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** What js-yaml's load() gives for the pairs written as `"key": "value"` lines (pairs have unique keys). */
export function quotedPairsToObject(pairs: readonly { key: string; value: string }[]): Record<string, unknown> {
  if (!pairs.some((pair) => YAML_NON_PRINTABLE.test(pair.value))) return Object.fromEntries(pairs.map((pair) => [pair.key, pair.value]));
  const source = pairs.map((pair) => `${JSON.stringify(pair.key)}: ${JSON.stringify(pair.value)}`).join('\n');
  const parsed: unknown = source === '' ? {} : load(source);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}
