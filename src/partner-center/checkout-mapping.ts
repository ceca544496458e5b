/** Partner Center wire CartCheckoutResult / Order → PSCartCheckoutResult / PSOrder. */
import type { PSCartCheckoutResult, PSOrder, PSOrderError, PSOrderLineItem } from './models.ts';
import { enumFromWire, isWireObject, readArray, readField, readNumber, readString, readStringMap } from './wire.ts';

const BILLING_CYCLES = ['Unknown', 'Monthly', 'Annual', 'None', 'OneTime', 'Triennial', 'Biennial'] as const;
const ORDER_STATUSES = ['Unknown', 'Completed', 'Pending', 'Cancelled'] as const;

function orderLineItemFromWire(raw: unknown): PSOrderLineItem {
  const renewsTo = readField(raw, 'renewsTo');
  const item: PSOrderLineItem = {
    LineItemNumber: readNumber(raw, 'lineItemNumber') ?? 0,
    OfferId: readString(raw, 'offerId') ?? '',
    SubscriptionId: readString(raw, 'subscriptionId') ?? null,
    ParentSubscriptionId: readString(raw, 'parentSubscriptionId') ?? null,
    TermDuration: readString(raw, 'termDuration') ?? null,
    FriendlyName: readString(raw, 'friendlyName') ?? null,
    Quantity: readNumber(raw, 'quantity') ?? 0,
    ProvisioningContext: readStringMap(raw, 'provisioningContext') ?? {},
  };
  if (isWireObject(renewsTo)) item.RenewsTo = { TermDuration: readString(renewsTo, 'termDuration') ?? '' };
  const transactionType = readString(raw, 'transactionType');
  if (transactionType !== undefined) item.TransactionType = transactionType;
  return item;
}

function orderFromWire(raw: unknown): PSOrder {
  const status = readString(raw, 'status');
  return {
    OrderId: readString(raw, 'id') ?? '',
    AlternateId: readString(raw, 'alternateId') ?? null,
    ReferenceCustomerId: readString(raw, 'referenceCustomerId') ?? null,
    BillingCycle: enumFromWire(readField(raw, 'billingCycle'), BILLING_CYCLES) ?? 'Unknown',
    CurrencyCode: readString(raw, 'currencyCode') ?? null,
    CurrencySymbol: readString(raw, 'currencySymbol') ?? null,
    CreationDate: readString(raw, 'creationDate') ?? null,
    Status: enumFromWire(status, ORDER_STATUSES) ?? status ?? 'Unknown',
    TransactionType: readString(raw, 'transactionType') ?? null,
    LineItems: readArray(raw, 'lineItems').map(orderLineItemFromWire),
  };
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
