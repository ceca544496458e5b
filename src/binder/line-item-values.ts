/**
 * A line item's scalar properties as PowerShell converts a hashtable's values into PSCartLineItem
 * properties (Int32, the BillingCycleType enum, strings, lists), failing with its words
 * ("Cannot create object of type …"), reported as CannotConvertArgumentNoMessage.
 *
 * @module
 */
import { BILLING_CYCLES, PS_TYPE_NAMES } from '../partner-center/models.ts';
import { psToString } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { LineItemError } from './line-item-errors.ts';
import { quotePrefix } from './value-limits.ts';

export const LINE_ITEM_TYPE = PS_TYPE_NAMES.PSCartLineItem;
const BILLING_CYCLE_TYPE = 'Microsoft.Store.PartnerCenter.Models.Offers.BillingCycleType';

/** PowerShell's words when a hashtable cannot become a PSCartLineItem (reported as CannotConvertArgumentNoMessage). */
export function cannotCreate(reason: string): LineItemError {
  return new LineItemError(`Cannot create object of type "${LINE_ITEM_TYPE}". ${reason}`, 'conversion');
}

/** `one_time`, `ONETIME`, `OneTime` → OneTime; unknown names come back unchanged. */
function canonicalEnum(value: string, names: readonly string[]): string {
  const folded = value.replace(/_/g, '').toLowerCase();
  return names.find((n) => n.toLowerCase() === folded) ?? value;
}

/** An enum value as a name (any spelling canonicalEnum takes) or as its number (4 → OneTime); other values unchanged. */
export function enumValue(value: PsValue, names: readonly string[]): PsValue {
  if (typeof value === 'string') return canonicalEnum(value, names);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < names.length) return names[value]!;
  return value;
}

/** BillingCycle: a member name or number, else PowerShell's conversion failure. */
export function billingCycle(value: PsValue): PsValue {
  const member = enumValue(value, BILLING_CYCLES);
  if (typeof member === 'string' && BILLING_CYCLES.includes(member as never)) return member;
  const text = psToString(value);
  if (typeof value === 'number' || /^\s*[+-]?\d+\s*$/.test(text)) {
    throw cannotCreate(`Cannot convert value "${quotePrefix(text)}" to type "${BILLING_CYCLE_TYPE}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${BILLING_CYCLES.join(',')}".`);
  }
  throw cannotCreate(`Cannot convert value "${quotePrefix(text)}" to type "${BILLING_CYCLE_TYPE}". Error: "Unable to match the identifier name ${quotePrefix(text)} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${BILLING_CYCLES.join(', ')}"`);
}

/** Id and Quantity: Int32 as PowerShell converts a property value, else its conversion failure. */
export function int32Property(value: PsValue): PsValue {
  const number = asNumber(value);
  if (typeof number === 'number' || typeof number === 'boolean') return number;
  const text = psToString(value);
  throw cannotCreate(`Cannot convert value "${quotePrefix(text)}" to type "System.Int32". Error: "The input string '${quotePrefix(text)}' was not in a correct format."`);
}

function asNumber(value: PsValue): PsValue {
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return value;
}

export function asBoolean(value: PsValue): PsValue {
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (typeof value === 'number') return value !== 0;
  return value;
}

export function asString(value: PsValue): PsValue {
  return typeof value === 'number' || typeof value === 'boolean' ? psToString(value) : value;
}

export function asList(value: PsValue): PsValue[] {
  return Array.isArray(value) ? value : [value];
}
