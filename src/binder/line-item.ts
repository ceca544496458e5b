/**
 * Hashtable / JSON → PSCartLineItem: property names matched case-insensitively and written in
 * PascalCase, enum values to their canonical names (snake_case `one_time` too), numbers from
 * numeric strings, as PowerShell's conversion would; then the ajv-compiled schema checks the
 * shape. Output objects are plain and built with defineProperty only.
 *
 * A property whose value is $null (JSON null) is unset, as PowerShell leaves a model's property at
 * its default when a hashtable or `ConvertTo-Json` of a typed object carries it as null
 * (`"Error": null`, `"AddonItems": null`): optional ones are dropped, here and inside RenewsTo,
 * Error and each participant; the required ones (CatalogItemId, Quantity, BillingCycle) are an
 * error naming them. Enum values given as their number (what `ConvertTo-Json` writes for an enum
 * property) become their names, as PowerShell converts an integer to an enum.
 *
 * @module
 */
import { cartErrorCodeName } from '../partner-center/cart-error-codes.ts';
import { PARTICIPANT_TYPES } from '../partner-center/models.ts';
import { quotePrefix } from './value-limits.ts';
import type { PSCartLineItem } from '../partner-center/models.ts';
import { defineValue, isHashtable, psToString } from './literal/ps-value.ts';
import type { PsHashtable, PsValue } from './literal/ps-value.ts';
import validateLineItemSchema from '../partner-center/generated/line-item.validate.js';
import { describeSchemaError, LineItemError } from './line-item-errors.ts';
import { LINE_ITEM_TYPE, asBoolean, asList, asString, billingCycle, cannotCreate, enumValue, int32Property } from './line-item-values.ts';

export { LineItemError } from './line-item-errors.ts';

/**
 * Every property a PSCartLineItem read back from a cart carries (src/partner-center/models.ts), so
 * `Set-PartnerCustomerCart -LineItems (Get-PartnerCustomerCart …).LineItems` and the same JSON from
 * bash bind. OrderGroup, CurrencyCode and Error are the server's: OrderGroup and CurrencyCode travel
 * as given (the server assigns its own), Error is accepted but never sent (lineItemToWire drops it).
 */
export const LINE_ITEM_PROPERTIES = [
  'Id', 'CatalogItemId', 'FriendlyName', 'Quantity', 'CurrencyCode', 'BillingCycle', 'TermDuration', 'PromotionId',
  'Participants', 'ProvisioningContext', 'OrderGroup', 'AddonItems', 'RenewsTo', 'Error', 'CustomTermEndDate', 'AttestationAccepted',
] as const;

const ERROR_PROPERTIES = ['ErrorCode', 'ErrorDescription'] as const;

/** The properties a line item needs: $null for them is an error, not an unset property. */
const REQUIRED_PROPERTIES: readonly string[] = ['CatalogItemId', 'Quantity', 'BillingCycle'];

function requiredNull(path: string, name: string): LineItemError {
  return new LineItemError(
    `${path}.${name} is $null: ${REQUIRED_PROPERTIES.join(', ')} are required and need a value (a $null or JSON null property is treated as not given).`,
    'validation',
  );
}

/** Lower-cased name → canonical name: one Map lookup per property (1,000 line items bind in one call). */
const LINE_ITEM_LOOKUP: ReadonlyMap<string, string> = new Map(LINE_ITEM_PROPERTIES.map((k) => [k.toLowerCase(), k]));

function canonicalProperty(key: string, path: string): string {
  const name = LINE_ITEM_LOOKUP.get(key.toLowerCase());
  if (name) return name;
  throw cannotCreate(`The property '${key}' was not found for the '${LINE_ITEM_TYPE}' object. The settable properties are: ${LINE_ITEM_PROPERTIES.join(', ')} (in ${path}).`);
}

/** Plain-data view of a PsValue for the schema (hashtables become plain objects). */
function plain(value: PsValue): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (isHashtable(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value.entries()) defineValue(out, k, plain(v));
    return out;
  }
  return value;
}

function normaliseStringMap(value: PsValue): unknown {
  if (!isHashtable(value)) return plain(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of value.entries()) defineValue(out, k, plain(asString(v)));
  return out;
}

function normaliseParticipant(value: PsValue, path: string): unknown {
  if (!isHashtable(value)) return plain(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of value.entries()) {
    const name = k.toLowerCase() === 'key' ? 'Key' : k.toLowerCase() === 'value' ? 'Value' : undefined;
    if (!name) throw new LineItemError(`The property '${k}' cannot be found on ${path}. Known properties: Key, Value.`, 'transformation');
    if (v === null) continue;
    defineValue(out, name, name === 'Key' ? plain(enumValue(v, PARTICIPANT_TYPES)) : plain(asString(v)));
  }
  return out;
}

function normaliseRenewsTo(value: PsValue, path: string): unknown {
  if (!isHashtable(value)) return plain(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of value.entries()) {
    if (k.toLowerCase() !== 'termduration') {
      throw new LineItemError(`The property '${k}' cannot be found on ${path}. Known properties: TermDuration.`, 'transformation');
    }
    if (v !== null) defineValue(out, 'TermDuration', plain(v));
  }
  return out;
}

/** Error: @{ErrorCode=…; ErrorDescription=…} as read back (the CartErrorCode name, or its number as text). */
function normaliseError(value: PsValue, path: string): unknown {
  if (!isHashtable(value)) return plain(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of value.entries()) {
    const name = ERROR_PROPERTIES.find((known) => known.toLowerCase() === k.toLowerCase());
    if (!name) throw new LineItemError(`The property '${k}' cannot be found on ${path}. Known properties: ${ERROR_PROPERTIES.join(', ')}.`, 'transformation');
    if (v !== null) defineValue(out, name, name === 'ErrorCode' ? cartErrorCodeName(v) : plain(asString(v)));
  }
  return out;
}

function normaliseProperty(name: string, value: PsValue, path: string): unknown {
  switch (name) {
    case 'Id':
    case 'Quantity':
      return plain(int32Property(value));
    case 'BillingCycle':
      return plain(billingCycle(value));
    case 'AttestationAccepted':
      return plain(asBoolean(value));
    case 'ProvisioningContext':
      return normaliseStringMap(value);
    case 'Participants':
      return asList(value).map((p, i) => normaliseParticipant(p, `${path}.Participants[${i}]`));
    case 'AddonItems':
      return asList(value).map((item, i) => normaliseLineItem(item, `${path}.AddonItems[${i}]`));
    case 'RenewsTo':
      return normaliseRenewsTo(value, `${path}.RenewsTo`);
    case 'Error':
      return normaliseError(value, `${path}.Error`);
    default:
      return plain(asString(value));
  }
}

/** One hashtable → a normalised (not yet schema-checked) line item. */
function normaliseLineItem(value: PsValue, path: string): Record<string, unknown> {
  if (typeof value === 'boolean') {
    throw new LineItemError(`Cannot convert value "${psToString(value)}" to type "${LINE_ITEM_TYPE}". Error: "Invalid cast from 'System.Boolean' to '${LINE_ITEM_TYPE}'."`, 'conversion');
  }
  if (!isHashtable(value)) {
    throw new LineItemError(`Cannot convert the "${quotePrefix(psToString(value))}" value of type "${describeType(value)}" to type "${LINE_ITEM_TYPE}".`, 'conversion');
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of (value as PsHashtable).entries()) {
    const name = canonicalProperty(key, path);
    if (v === null) {
      if (REQUIRED_PROPERTIES.includes(name)) throw requiredNull(path, name);
      // $null for FriendlyName sets '' as in PowerShell. The other [string] properties stay unset
      // (pwsh would set ''), since '' is no valid value to send (README: on purpose).
      if (name === 'FriendlyName') out[name] = '';
      continue;
    }
    out[name] = normaliseProperty(name, v, path); // a known property name: never __proto__ and the like
  }
  return out;
}

function describeType(value: PsValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'System.Object[]';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  if (typeof value === 'boolean') return 'System.Boolean';
  return 'System.String';
}

/** Hashtable(s) → validated line items; `path` names the first in messages, e.g. LineItems[0]. */
export function toLineItem(value: PsValue, path: string): PSCartLineItem {
  const item = normaliseLineItem(value, path);
  if (!validateLineItemSchema(item)) {
    throw describeSchemaError(validateLineItemSchema.errors ?? [], item, path);
  }
  return item as unknown as PSCartLineItem;
}
