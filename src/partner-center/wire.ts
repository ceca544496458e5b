/**
 * Reading the Partner Center wire format tolerantly and writing it as documented.
 * The service answers camelCase, the SDKs send PascalCase: property names are read
 * case-insensitively. Enums arrive snake_case (official SDK, service) or PascalCase (the
 * fork the original module used): both are read; snake_case is written.
 *
 * @module
 */

export type WireObject = Record<string, unknown>;

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property by name, matched exactly first, then case-insensitively (`lineItems` = `LineItems`). */
export function readField(source: unknown, name: string): unknown {
  if (!isWireObject(source)) return undefined;
  if (Object.hasOwn(source, name)) return source[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(source)) {
    if (key.toLowerCase() === lower) return source[key];
  }
  return undefined;
}

export function readString(source: unknown, name: string): string | undefined {
  const value = readField(source, name);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function readNumber(source: unknown, name: string): number | undefined {
  const value = readField(source, name);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function readBoolean(source: unknown, name: string): boolean | undefined {
  const value = readField(source, name);
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

export function readArray(source: unknown, name: string): unknown[] {
  const value = readField(source, name);
  return Array.isArray(value) ? value : [];
}

/** A string→string map (ProvisioningContext); keys kept as sent, non-string values stringified. */
export function readStringMap(source: unknown, name: string): Record<string, string> | undefined {
  const value = readField(source, name);
  if (!isWireObject(value)) return undefined;
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined && entry !== null) map[key] = String(entry);
  }
  return map;
}

/** `OneTime`, `one_time`, `ONE_TIME`, `onetime` → `OneTime` when it is one of `names`. */
export function enumFromWire<T extends string>(value: unknown, names: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.replace(/[_\s-]/g, '').toLowerCase();
  return names.find((name) => name.toLowerCase() === wanted);
}

/** `OneTime` → `one_time`; `TransactionReseller` → `transaction_reseller`. */
export function enumToWire(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** Drops undefined properties so the JSON carries only what was given. */
export function compact(object: WireObject): WireObject {
  const result: WireObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) result[key] = value;
  }
  return result;
}
