/**
 * The values a PowerShell literal (or JSON text) can denote, before conversion to a parameter's
 * type. Hashtables keep their entries in a case-insensitive Map, so no key can ever reach an
 * object prototype (`__proto__`, `constructor`, `prototype` are ordinary keys here).
 *
 * @module
 */

/** Nesting limit for literals and JSON: deeper input is refused, never a stack overflow. */
export const MAX_DEPTH = 64;

/** A literal or JSON text that cannot be read; `offset` is where reading stopped. */
export class LiteralSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'LiteralSyntaxError';
  }
}

export type PsValue = string | number | boolean | null | PsValue[] | PsHashtable;

export class PsHashtable {
  /** lower-cased key → [key as written, value]. */
  private readonly map = new Map<string, [string, PsValue]>();

  /** Returns false when the key (case-insensitively) is already present. */
  add(key: string, value: PsValue): boolean {
    const folded = key.toLowerCase();
    if (this.map.has(folded)) return false;
    this.map.set(folded, [key, value]);
    return true;
  }

  get(key: string): PsValue | undefined {
    return this.map.get(key.toLowerCase())?.[1];
  }

  entries(): [string, PsValue][] {
    return [...this.map.values()].map(([k, v]) => [k, v]);
  }

  get size(): number {
    return this.map.size;
  }
}

export function isHashtable(value: unknown): value is PsHashtable {
  return value instanceof PsHashtable;
}

/** A plain data property, never a setter: safe for any key, including `__proto__`. */
export function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** PsValue → JSON-like plain data (hashtables become plain objects built with defineProperty). */
export function toPlain(value: PsValue): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (isHashtable(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value.entries()) defineValue(out, k, toPlain(v));
    return out;
  }
  return value;
}

/** How PowerShell prints a value converted to string (arrays joined with a space, as $OFS). */
export function psToString(value: PsValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return value.map(psToString).join(' ');
  if (isHashtable(value)) return 'System.Collections.Hashtable';
  return String(value);
}

/** JSON.parse output → PsValue (objects become hashtables), depth-limited. */
export function fromJson(value: unknown, depth = 0): PsValue {
  if (depth > MAX_DEPTH) throw new LiteralSyntaxError('The value is nested too deeply.', 0);
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => fromJson(v, depth + 1));
  const table = new PsHashtable();
  for (const key of Object.keys(value as object)) {
    if (!table.add(key, fromJson((value as Record<string, unknown>)[key], depth + 1))) {
      throw new LiteralSyntaxError(`Duplicate keys '${key}' are not allowed (keys are case-insensitive).`, 0);
    }
  }
  return table;
}
