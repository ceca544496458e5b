/**
 * Partner Center wire CartCheckoutResult / Order → PSCartCheckoutResult / PSOrder. Orders come
 * whole, as the original module returned the SDK's Order objects: links (provisioningStatus
 * included), attributes, TotalPrice and, per line item, Pricing, the partners of record,
 * PromotionId, CustomTermEndDate and AttestationAccepted. Status is kept as sent.
 *
 * @module
 */
import type { PSCartCheckoutResult, PSOrder, PSOrderError, PSOrderLineItem } from './models.ts';
import { attributesOf, linksOf, pricingOf } from './resource-parts.ts';
import {
  compact, enumFromWire, isWireObject, readArray, readBoolean, readField, readNumber, readString, readStringMap,
} from './wire.ts';
import type { WireObject } from './wire.ts';

const BILLING_CYCLES = ['Unknown', 'Monthly', 'Annual', 'None', 'OneTime', 'Triennial', 'Biennial'] as const;

function optionalParts(raw: unknown): Partial<PSOrderLineItem> {
  const renewsTo = readField(raw, 'renewsTo');
  const additional = readField(raw, 'additionalPartnerIdsOnRecord');
  return compact({
    RenewsTo: isWireObject(renewsTo) ? { TermDuration: readString(renewsTo, 'termDuration') ?? '' } : undefined,
    TransactionType: readString(raw, 'transactionType'),
    PromotionId: readString(raw, 'promotionId'),
    CustomTermEndDate: readString(raw, 'customTermEndDate'),
    Pricing: pricingOf(raw),
    PartnerIdOnRecord: readString(raw, 'partnerIdOnRecord'),
    AdditionalPartnerIdsOnRecord: Array.isArray(additional) ? additional.map(String) : undefined,
    AttestationAccepted: readBoolean(raw, 'attestationAccepted'),
    Links: linksOf(raw),
    Attributes: attributesOf(raw),
  } as WireObject) as Partial<PSOrderLineItem>;
}

function orderLineItemFromWire(raw: unknown): PSOrderLineItem {
  return {
    LineItemNumber: readNumber(raw, 'lineItemNumber') ?? 0,
    OfferId: readString(raw, 'offerId') ?? '',
    SubscriptionId: readString(raw, 'subscriptionId') ?? null,
    ParentSubscriptionId: readString(raw, 'parentSubscriptionId') ?? null,
    TermDuration: readString(raw, 'termDuration') ?? null,
    FriendlyName: readString(raw, 'friendlyName') ?? null,
    Quantity: readNumber(raw, 'quantity') ?? 0,
    ProvisioningContext: readStringMap(raw, 'provisioningContext') ?? {},
    ...optionalParts(raw),
  };
}

function orderFromWire(raw: unknown): PSOrder {
  const order: PSOrder = {
    OrderId: readString(raw, 'id') ?? '',
    AlternateId: readString(raw, 'alternateId') ?? null,
    ReferenceCustomerId: readString(raw, 'referenceCustomerId') ?? null,
    BillingCycle: enumFromWire(readField(raw, 'billingCycle'), BILLING_CYCLES) ?? 'Unknown',
    CurrencyCode: readString(raw, 'currencyCode') ?? null,
    CurrencySymbol: readString(raw, 'currencySymbol') ?? null,
    CreationDate: readString(raw, 'creationDate') ?? null,
    Status: readString(raw, 'status') ?? null,
    TransactionType: readString(raw, 'transactionType') ?? null,
    LineItems: readArray(raw, 'lineItems').map(orderLineItemFromWire),
  };
  const extra = compact({
    TotalPrice: readNumber(raw, 'totalPrice'),
    PartnerOnRecordAttestationAccepted: readBoolean(raw, 'partnerOnRecordAttestationAccepted'),
    Links: linksOf(raw),
    Attributes: attributesOf(raw),
  });
  return { ...order, ...extra };
}

function orderErrorFromWire(raw: unknown): PSOrderError {
  return {
    OrderGroupId: readString(raw, 'orderGroupId') ?? '',
    Code: readString(raw, 'code') ?? '',
    Description: readString(raw, 'description') ?? '',
  };
}

export function checkoutResultFromWire(raw: unknown): PSCartCheckoutResult {
  return {
    Orders: readArray(raw, 'orders').map(orderFromWire),
    OrderErrors: readArray(raw, 'orderErrors').map(orderErrorFromWire),
  };
}
