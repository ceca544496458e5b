/**
 * Partner Center wire Customer / Product / Sku / Availability → PSCustomer / PSProduct / PSSku /
 * PSProductAvailability, property by property as the original module's models copy them
 * (`id` becomes CustomerId / ProductId / SkuId / AvailabilityId; the company profile gives a
 * customer's Domain and Name; the default currency an availability's DefaultCurrencyCode and
 * DefaultCurrencySymbol).
 *
 * @module
 */
import { BILLING_CYCLES } from './models.ts';
import type { BillingCycle } from './models.ts';
import type {
  CatalogProduct, CatalogSku, CustomerBillingProfile, CustomerPartnerRelationship, PSCustomer, PSProduct,
  PSProductAvailability, PSSku,
} from './catalog-models.ts';
import { enumFromWire, isWireObject, readArray, readBoolean, readField, readNumber, readString, readStringMap } from './wire.ts';

const RELATIONSHIPS: readonly CustomerPartnerRelationship[] = ['Unknown', 'Advisor', 'Reseller', 'None'];

function stringList(raw: unknown, name: string): string[] {
  return readArray(raw, name).filter((entry): entry is string => typeof entry === 'string');
}

function billingCycles(raw: unknown): BillingCycle[] {
  return readArray(raw, 'supportedBillingCycles').map((cycle) => enumFromWire(cycle, BILLING_CYCLES) ?? 'Unknown');
}

/** `{addressLine1: …}` → `{AddressLine1: …}`: the SDK's Address property names. */
function pascalKeys(map: Record<string, string> | undefined): Record<string, string> | null {
  if (!map) return null;
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key.charAt(0).toUpperCase() + key.slice(1), value]));
}

function billingProfileFromWire(raw: unknown): CustomerBillingProfile | null {
  if (!isWireObject(raw)) return null;
  return {
    Id: readString(raw, 'id') ?? null,
    FirstName: readString(raw, 'firstName') ?? null,
    LastName: readString(raw, 'lastName') ?? null,
    Email: readString(raw, 'email') ?? null,
    Culture: readString(raw, 'culture') ?? null,
    Language: readString(raw, 'language') ?? null,
    CompanyName: readString(raw, 'companyName') ?? null,
    DefaultAddress: pascalKeys(readStringMap(raw, 'defaultAddress')),
  };
}

export function customerFromWire(raw: unknown): PSCustomer {
  const profile = readField(raw, 'companyProfile');
  return {
    AllowDelegatedAccess: readBoolean(raw, 'allowDelegatedAccess') ?? null,
    AssociatedPartnerId: readString(raw, 'associatedPartnerId') ?? null,
    BillingProfile: billingProfileFromWire(readField(raw, 'billingProfile')),
    CommerceId: readString(raw, 'commerceId') ?? null,
    CustomerId: readString(raw, 'id') ?? '',
    Domain: readString(profile, 'domain') ?? null,
    Name: readString(profile, 'companyName') ?? null,
    RelationshipToPartner: enumFromWire(readField(raw, 'relationshipToPartner'), RELATIONSHIPS) ?? 'Unknown',
  };
}

/** ProductType carries the item type's id, Type its display name (see README: the original left ProductType empty). */
export function productFromWire(raw: unknown): PSProduct {
  const type = readField(raw, 'productType');
  return {
    Description: readString(raw, 'description') ?? null,
    IsMicrosoftProduct: readBoolean(raw, 'isMicrosoftProduct') ?? false,
    ProductId: readString(raw, 'id') ?? '',
    ProductType: readString(type, 'id') ?? null,
    PublisherName: readString(raw, 'publisherName') ?? null,
    Title: readString(raw, 'title') ?? null,
    Type: readString(type, 'displayName') ?? null,
  };
}

export function skuFromWire(raw: unknown): PSSku {
  const dynamic = readField(raw, 'dynamicAttributes');
  return {
    Description: readString(raw, 'description') ?? null,
    DynamicAttributes: isWireObject(dynamic) ? { ...dynamic } : {},
    InventoryVariables: stringList(raw, 'inventoryVariables'),
    IsTrial: readBoolean(raw, 'isTrial') ?? false,
    MaximumQuantity: readNumber(raw, 'maximumQuantity') ?? 0,
    MinimumQuantity: readNumber(raw, 'minimumQuantity') ?? 0,
    ProductId: readString(raw, 'productId') ?? null,
    ProvisioningVariables: stringList(raw, 'provisioningVariables'),
    PurchasePrerequisites: stringList(raw, 'purchasePrerequisites'),
    SkuId: readString(raw, 'id') ?? '',
    SupportedBillingCycles: billingCycles(raw),
    Title: readString(raw, 'title') ?? null,
  };
}

function catalogProductFromWire(raw: unknown): CatalogProduct | null {
  if (!isWireObject(raw)) return null;
  const type = readField(raw, 'productType');
  return {
    Id: readString(raw, 'id') ?? '',
    Title: readString(raw, 'title') ?? null,
    Description: readString(raw, 'description') ?? null,
    ProductType: isWireObject(type) ? { Id: readString(type, 'id') ?? null, DisplayName: readString(type, 'displayName') ?? null } : null,
    IsMicrosoftProduct: readBoolean(raw, 'isMicrosoftProduct') ?? false,
    PublisherName: readString(raw, 'publisherName') ?? null,
  };
}

function catalogSkuFromWire(raw: unknown): CatalogSku | null {
  if (!isWireObject(raw)) return null;
  return {
    Id: readString(raw, 'id') ?? '',
    ProductId: readString(raw, 'productId') ?? null,
    Title: readString(raw, 'title') ?? null,
    Description: readString(raw, 'description') ?? null,
    MinimumQuantity: readNumber(raw, 'minimumQuantity') ?? 0,
    MaximumQuantity: readNumber(raw, 'maximumQuantity') ?? 0,
    IsTrial: readBoolean(raw, 'isTrial') ?? false,
    SupportedBillingCycles: billingCycles(raw),
    ProvisioningVariables: stringList(raw, 'provisioningVariables'),
  };
}

export function availabilityFromWire(raw: unknown): PSProductAvailability {
  const currency = readField(raw, 'defaultCurrency');
  return {
    AvailabilityId: readString(raw, 'id') ?? '',
    CatalogItemId: readString(raw, 'catalogItemId') ?? '',
    Country: readString(raw, 'country') ?? null,
    DefaultCurrencyCode: readString(currency, 'code') ?? null,
    DefaultCurrencySymbol: readString(currency, 'symbol') ?? null,
    IsPurchasable: readBoolean(raw, 'isPurchasable') ?? false,
    IsRenewable: readBoolean(raw, 'isRenewable') ?? false,
    Product: catalogProductFromWire(readField(raw, 'product')),
    ProductId: readString(raw, 'productId') ?? null,
    Segment: readString(raw, 'segment') ?? null,
    SkuId: readString(raw, 'skuId') ?? null,
    Sku: catalogSkuFromWire(readField(raw, 'sku')),
  };
}
