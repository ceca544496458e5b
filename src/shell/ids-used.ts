/**
 * The customer and cart ids a successful call named (-CustomerId, -CartId) or returned (carts'
 * CartId, customers' CustomerId): what remember-ids.ts records for tab completion. Kept apart
 * and free of file code, so a call that names none (Get-Command, help) loads none of it.
 *
 * @module
 */

/** Candidates only: remember-ids.ts keeps the well-formed GUIDs among them. */
export interface IdsUsed {
  customerIds: unknown[];
  cartIds: unknown[];
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function idsUsed(bound: Readonly<Record<string, unknown>>, output: readonly unknown[]): IdsUsed {
  const returned = (key: 'CartId' | 'CustomerId') =>
    output.flatMap((item) => (item !== null && typeof item === 'object' ? stringsOf((item as Record<string, unknown>)[key]) : []));
  return { customerIds: [...returned('CustomerId'), ...stringsOf(bound.CustomerId)], cartIds: [...returned('CartId'), ...stringsOf(bound.CartId)] };
}
