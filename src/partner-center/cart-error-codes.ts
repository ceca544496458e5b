/**
 * CartErrorCode of the Partner Center API (SDK Models/Carts/Enums/CartErrorCode.cs, every member):
 * the number on the wire and the name PowerShell shows. Order errors (`orderErrors[].code`) use
 * the same numbers.
 */
export const CART_ERROR_CODES = {
  Unknown: 0,
  CurrencyIsNotSupported: 10000,
  CatalogItemIdIsNotValid: 10001,
  QuotaNotAvailable: 10002,
  InventoryNotAvailable: 10003,
  ParticipantsIsNotSupportedForPartner: 10004,
  UnableToProcessCartLineItem: 10006,
  SubscriptionIsNotValid: 10007,
  SubscriptionIsNotEnabledForRI: 10008,
  SandboxLimitExceeded: 10009,
  InvalidInput: 10010,
  SubscriptionNotRegistered: 10011,
  AttestationNotAccepted: 10012,
  BillingPlanNotSupported: 10013,
  InvalidPromotionId: 10014,
  MaxAllowedSeatsPerSubscriptionExceeded: 10015,
  InvalidCustomTermEndDateProduct: 10016,
  InvalidCustomTermEndDate: 10017,
  BaseOfferSeatQuantityNotMet: 10018,
  MinimumAddOnSeatsNotMet: 10019,
  LegacyOfferNotEligibleForPurchase: 500600,
} as const;

export type CartErrorCodeName = keyof typeof CART_ERROR_CODES;

const NAMES = Object.keys(CART_ERROR_CODES) as CartErrorCodeName[];

/** 10001, "10001", "CatalogItemIdIsNotValid" or "catalog_item_id_is_not_valid" → "CatalogItemIdIsNotValid". */
export function cartErrorCodeName(value: unknown): string {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
    const found = NAMES.find((name) => CART_ERROR_CODES[name] === Number(value));
    return found ?? String(value);
  }
  if (typeof value !== 'string') return 'Unknown';
  const wanted = value.replace(/_/g, '').toLowerCase();
  return NAMES.find((name) => name.toLowerCase() === wanted) ?? value;
}
