/**
 * The parts every Partner Center resource may carry — `links`, `attributes`, `pricing` — as the
 * SDK's objects show them in PowerShell: the same values with PascalCase property names
 * (`links.provisioningStatus.uri` → `Links.ProvisioningStatus.Uri`). Nothing is dropped.
 *
 * @module
 */
import { isWireObject, readField } from './wire.ts';
import type { PSLink, PSPricing, PSResourceAttributes } from './models.ts';

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Object keys PascalCased at every depth; arrays and scalars kept. */
function pascalCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalCaseKeys);
  if (!isWireObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [pascal(key), pascalCaseKeys(entry)]));
}

function objectField<T>(raw: unknown, name: string): T | undefined {
  const value = readField(raw, name);
  return isWireObject(value) ? (pascalCaseKeys(value) as T) : undefined;
}

export const linksOf = (raw: unknown) => objectField<Record<string, PSLink>>(raw, 'links');
export const attributesOf = (raw: unknown) => objectField<PSResourceAttributes>(raw, 'attributes');
export const pricingOf = (raw: unknown) => objectField<PSPricing>(raw, 'pricing');
