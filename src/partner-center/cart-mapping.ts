/**
 * Partner Center wire Cart / CartLineItem ⇄ the PowerShell models PSCart / PSCartLineItem.
 * Every field travels both ways (the original module dropped TermDuration, RenewsTo,
 * AddonItems and ProvisioningContext). PSCart renames `id` to `CartId`.
 *
 * @module
 */
import { BILLING_CYCLES } from './models.ts';
import type { BillingCycle, ParticipantType, PSCart, PSCartError, PSCartLineItem } from './models.ts';
import { cartErrorCodeName } from './cart-error-codes.ts';
import {
  compact, enumFromWire, enumToWire, isWireObject, readArray, readBoolean, readField, readNumber,
  readString, readStringMap,
} from './wire.ts';
import type { WireObject } from './wire.ts';

const PARTICIPANT_TYPES: readonly ParticipantType[] = [
  'Unknown', 'TransactionReseller', 'ConsumptionReseller', 'AdditionalTransactionReseller',
];

/** An enum value for the wire: known names in snake_case, anything else passed through for the service to judge. */
function enumValueToWire(value: unknown, names: readonly string[]): unknown {
  if (typeof value !== 'string') return value;
  const known = enumFromWire(value, names);
  return known === undefined ? value : enumToWire(known);
}

/** A PSCartLineItem (PascalCase, or any casing a caller produced) → the wire CartLineItem (camelCase). */
export function lineItemToWire(item: PSCartLineItem | WireObject): WireObject {
  const renewsTo = readField(item, 'RenewsTo');
  const participants = readField(item, 'Participants');
  const addons = readField(item, 'AddonItems');
  return compact({
    id: readNumber(item, 'Id'),
    catalogItemId: readString(item, 'CatalogItemId'),
    friendlyName: readString(item, 'FriendlyName'),
    quantity: readField(item, 'Quantity'),
    currencyCode: readString(item, 'CurrencyCode'),
    billingCycle: enumValueToWire(readField(item, 'BillingCycle'), BILLING_CYCLES),
    termDuration: readString(item, 'TermDuration'),
    promotionId: readString(item, 'PromotionId'),
    participants: Array.isArray(participants)
      ? participants.map((p) => ({
          key: enumValueToWire(readField(p, 'Key'), PARTICIPANT_TYPES),
          value: readString(p, 'Value'),
        }))
      : undefined,
    provisioningContext: readStringMap(item, 'ProvisioningContext'),
    orderGroup: readString(item, 'OrderGroup'),
    addonItems: Array.isArray(addons) ? addons.map((addon) => lineItemToWire(addon as WireObject)) : undefined,
    renewsTo: isWireObject(renewsTo) ? compact({ termDuration: readString(renewsTo, 'TermDuration') }) : undefined,
    customTermEndDate: readString(item, 'CustomTermEndDate'),
    attestationAccepted: readBoolean(item, 'AttestationAccepted'),
  });
}

function errorFromWire(raw: unknown): PSCartError | undefined {
  if (!isWireObject(raw)) return undefined;
  return {
    ErrorCode: cartErrorCodeName(readField(raw, 'errorCode')),
    ErrorDescription: readString(raw, 'errorDescription') ?? '',
  };
}

/** A wire CartLineItem → PSCartLineItem; absent optional fields stay absent. */
export function lineItemFromWire(raw: unknown): PSCartLineItem {
  const renewsTo = readField(raw, 'renewsTo');
  const participants = readField(raw, 'participants');
  const addons = readField(raw, 'addonItems');
  const item: PSCartLineItem = {
    Id: readNumber(raw, 'id'),
    CatalogItemId: readString(raw, 'catalogItemId') ?? '',
    FriendlyName: readString(raw, 'friendlyName'),
    Quantity: readNumber(raw, 'quantity') ?? 0,
    CurrencyCode: readString(raw, 'currencyCode'),
    BillingCycle: enumFromWire(readField(raw, 'billingCycle'), BILLING_CYCLES) ?? ('Unknown' as BillingCycle),
    TermDuration: readString(raw, 'termDuration'),
    PromotionId: readString(raw, 'promotionId'),
    Participants: Array.isArray(participants)
      ? participants.map((p) => ({
          Key: enumFromWire(readField(p, 'key'), PARTICIPANT_TYPES) ?? 'Unknown',
          Value: readString(p, 'value') ?? '',
        }))
      : undefined,
    ProvisioningContext: readStringMap(raw, 'provisioningContext') ?? {},
    OrderGroup: readString(raw, 'orderGroup'),
    AddonItems: Array.isArray(addons) ? addons.map(lineItemFromWire) : undefined,
    RenewsTo: isWireObject(renewsTo) ? { TermDuration: readString(renewsTo, 'termDuration') ?? '' } : undefined,
    Error: errorFromWire(readField(raw, 'error')),
    CustomTermEndDate: readString(raw, 'customTermEndDate'),
    AttestationAccepted: readBoolean(raw, 'attestationAccepted'),
  };
  return compact(item as unknown as WireObject) as unknown as PSCartLineItem;
}

/** A wire Cart → PSCart (`id` becomes `CartId`). */
export function cartFromWire(raw: unknown): PSCart {
  const attestation = readBoolean(raw, 'partnerOnRecordAttestationAccepted');
  const cart: PSCart = {
    CartId: readString(raw, 'id') ?? '',
    CreationTimestamp: readString(raw, 'creationTimestamp') ?? null,
    ExpirationTimestamp: readString(raw, 'expirationTimestamp') ?? null,
    LastModifiedTimestamp: readString(raw, 'lastModifiedTimestamp') ?? null,
    LastModifiedUser: readString(raw, 'lastModifiedUser') ?? null,
    LineItems: readArray(raw, 'lineItems').map(lineItemFromWire),
    Status: readString(raw, 'status') ?? null,
  };
  if (attestation !== undefined) cart.PartnerOnRecordAttestationAccepted = attestation;
  return cart;
}
