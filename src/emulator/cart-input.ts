/**
 * Reads the line items of a create (POST) or update (PUT) body, in camelCase or PascalCase with
 * snake_case or PascalCase enums, into one internal shape. Malformed input is a request-level
 * error, 800002 (see line-item-rules.ts for the rules that need the catalog).
 *
 * @module
 */
import { BILLING_CYCLES } from '../partner-center/models.ts';
import type { BillingCycle, ParticipantType } from '../partner-center/models.ts';
import {
  enumFromWire, isWireObject, readBoolean, readField, readString, readStringMap,
} from '../partner-center/wire.ts';
import { apiErrors } from './api-error.ts';

const PARTICIPANT_TYPES: readonly ParticipantType[] = [
  'Unknown', 'TransactionReseller', 'ConsumptionReseller', 'AdditionalTransactionReseller',
];

export interface InputLineItem {
  id?: number;
  catalogItemId: string;
  friendlyName?: string;
  quantity: number;
  billingCycle: BillingCycle;
  termDuration?: string;
  promotionId?: string;
  participants?: { key: ParticipantType; value: string }[];
  provisioningContext?: Record<string, string>;
  addonItems?: InputLineItem[];
  renewsTo?: { termDuration: string };
  customTermEndDate?: string;
  attestationAccepted?: boolean;
}

/** `SubscriptionId` → `subscriptionId`, `DURATION` → `duration`: the server camel-cases provisioningContext keys. */
function camelKey(key: string): string {
  if (key === key.toUpperCase()) return key.toLowerCase();
  return key.charAt(0).toLowerCase() + key.slice(1);
}

function readParticipants(raw: unknown, where: string): InputLineItem['participants'] {
  const value = readField(raw, 'participants');
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw apiErrors.invalidInput(`${where}: participants must be a list`);
  return value.map((entry) => {
    const key = enumFromWire(readField(entry, 'key'), PARTICIPANT_TYPES);
    if (key === undefined) throw apiErrors.invalidInput(`${where}: unknown participant type ${JSON.stringify(readField(entry, 'key'))}`);
    return { key, value: readString(entry, 'value') ?? '' };
  });
}

function readQuantity(raw: unknown, where: string): number {
  const quantity = readField(raw, 'quantity');
  if (typeof quantity !== 'number' || !Number.isInteger(quantity)) {
    throw apiErrors.invalidInput(`${where}: quantity must be an integer, got ${JSON.stringify(quantity ?? null)}`);
  }
  return quantity;
}

function readId(raw: unknown, where: string): number | undefined {
  const id = readField(raw, 'id');
  if (id === undefined || id === null) return undefined;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) throw apiErrors.invalidInput(`${where}: id must be a non-negative integer`);
  return id;
}

function readOptional(raw: unknown, item: InputLineItem): void {
  const fields = ['friendlyName', 'termDuration', 'promotionId', 'customTermEndDate'] as const;
  for (const name of fields) {
    const value = readString(raw, name);
    if (value !== undefined && value !== '') item[name] = value;
  }
  const context = readStringMap(raw, 'provisioningContext');
  if (context) item.provisioningContext = Object.fromEntries(Object.entries(context).map(([k, v]) => [camelKey(k), v]));
  const renewsTo = readString(readField(raw, 'renewsTo'), 'termDuration');
  if (renewsTo) item.renewsTo = { termDuration: renewsTo };
  const attestation = readBoolean(raw, 'attestationAccepted');
  if (attestation !== undefined) item.attestationAccepted = attestation;
}

function readLineItem(raw: unknown, where: string, nested = false): InputLineItem {
  if (!isWireObject(raw)) throw apiErrors.invalidInput(`${where} is not an object`);
  const catalogItemId = readString(raw, 'catalogItemId')?.trim();
  if (!catalogItemId) throw apiErrors.invalidInput(`${where}: catalogItemId is required`);
  const billingCycle = enumFromWire(readField(raw, 'billingCycle'), BILLING_CYCLES);
  if (billingCycle === undefined) {
    throw apiErrors.invalidInput(`${where}: billingCycle ${JSON.stringify(readField(raw, 'billingCycle') ?? null)} is not a billing cycle`);
  }
  const item: InputLineItem = { catalogItemId, quantity: readQuantity(raw, where), billingCycle };
  const id = readId(raw, where);
  if (id !== undefined) item.id = id;
  const participants = readParticipants(raw, where);
  if (participants) item.participants = participants;
  readOptional(raw, item);
  const addons = readField(raw, 'addonItems');
  if (Array.isArray(addons) && addons.length > 0) {
    if (nested) throw apiErrors.invalidInput(`${where}: add-ons cannot have add-ons`);
    item.addonItems = addons.map((addon, index) => readLineItem(addon, `${where} add-on ${index}`, true));
  }
  return item;
}

/** The `lineItems` of a cart body: at least one, ids unique where given. */
export function readCartLineItems(body: unknown): InputLineItem[] {
  if (!isWireObject(body)) throw apiErrors.invalidInput('the body must be a cart object');
  const raw = readField(body, 'lineItems');
  if (!Array.isArray(raw) || raw.length === 0) throw apiErrors.invalidInput('a cart needs at least one line item');
  const items = raw.map((entry, index) => readLineItem(entry, `line item ${index}`));
  const ids = items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
  if (new Set(ids).size !== ids.length) throw apiErrors.invalidInput('line item ids must be unique');
  return items;
}
