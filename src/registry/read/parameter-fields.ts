/**
 * Interprets single YAML values of a parameter block: lists, parameter sets, Required
 * (also the per-set form `True (SetA, SetB), False (SetC)`), Position, booleans, pipeline input.
 * Each parser returns a value or an error message; the caller reports it.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../model.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** `a, b, c` → ['a', 'b', 'c']; empty → []. */
export function parseList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** `(All)` → [ALL_PARAMETER_SETS]; otherwise the listed names. */
export function parseParameterSetNames(value: string): Parsed<string[]> {
  if (/^\(all\)$/i.test(value.trim())) return ok([ALL_PARAMETER_SETS]);
  const names = parseList(value);
  return names.length > 0 ? ok(names) : fail('"Parameter Sets" is empty; use "(All)" or set names.');
}

export function parseBoolean(value: string): Parsed<boolean> {
  if (/^true$/i.test(value.trim())) return ok(true);
  if (/^false$/i.test(value.trim())) return ok(false);
  return fail(`expected True or False, found "${value}".`);
}

const PER_SET_REQUIRED = /^(true|false)\s*\(([^)]*)\)\s*(,\s*|$)/i;

/**
 * Required for each of `sets`. The per-set form names sets explicitly; with `(All)`, the sets it
 * names become the parameter's sets. Sets of the block it does not name are an error.
 */
export function parseRequired(value: string, sets: readonly string[]): Parsed<Map<string, boolean>> {
  const simple = parseBoolean(value);
  if (simple.ok) return ok(new Map(sets.map((set) => [set, simple.value])));
  const required = new Map<string, boolean>();
  let rest = value.trim();
  while (rest !== '') {
    const match = PER_SET_REQUIRED.exec(rest);
    if (!match) return fail(`expected True, False or "True (SetA), False (SetB)", found "${value}".`);
    for (const set of parseList(match[2] ?? '')) required.set(set, /^true$/i.test(match[1] ?? ''));
    rest = rest.slice(match[0].length);
  }
  if (sets.length === 1 && sets[0] === ALL_PARAMETER_SETS) return ok(required);
  const missing = sets.filter((set) => !required.has(set));
  if (missing.length > 0) return fail(`"${value}" does not say whether set(s) ${missing.join(', ')} require it.`);
  const extra = [...required.keys()].filter((set) => !sets.includes(set));
  if (extra.length > 0) return fail(`"${value}" names set(s) ${extra.join(', ')} not in "Parameter Sets".`);
  return ok(required);
}

/** `Named` → null; a non-negative integer → that number. */
export function parsePosition(value: string): Parsed<number | null> {
  const text = value.trim();
  if (/^named$/i.test(text)) return ok(null);
  if (/^\d{1,9}$/.test(text)) return ok(Number(text));
  return fail(`expected Named or a number, found "${value}".`);
}

const PIPELINE = /^(true|false)(\s*\(\s*(ByValue|ByPropertyName|FromRemainingArguments)(\s*,\s*(ByValue|ByPropertyName|FromRemainingArguments))*\s*\))?$/i;

/** Checks `False`, `True (ByValue)`, `True (ByValue, ByPropertyName)`; the text is kept as written. */
export function checkPipelineInput(value: string): Parsed<string> {
  return PIPELINE.test(value.trim()) ? ok(value.trim()) : fail(`expected False or True (ByValue, ByPropertyName), found "${value}".`);
}

/** `None` or empty → null. */
export function parseDefaultValue(value: string): string | null {
  const text = value.trim();
  return text === '' || /^none$/i.test(text) ? null : text;
}
