/**
 * The PowerShell models of the original module's customer and catalog cmdlets
 * (Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer and
 * ….Models.Products.PSProduct / PSSku / PSProductAvailability), with the original property names.
 * The nested SDK objects the originals carry (a customer's billing profile, an availability's
 * product and SKU) keep their SDK property names, PascalCase.
 *
 * @module
 */
import type { BillingCycle } from './models.ts';

export type CustomerPartnerRelationship = 'Unknown' | 'Advisor' | 'Reseller' | 'None';

/** Microsoft.Store.PartnerCenter.Models.Customers.CustomerBillingProfile, as far as the wire fills it. */
export interface CustomerBillingProfile {
  Id: string | null;
  FirstName: string | null;
  LastName: string | null;
  Email: string | null;
  Culture: string | null;
  Language: string | null;
  CompanyName: string | null;
  DefaultAddress: Record<string, string> | null;
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer */
export interface PSCustomer {
  AllowDelegatedAccess: boolean | null;
  AssociatedPartnerId: string | null;
  BillingProfile: CustomerBillingProfile | null;
  CommerceId: string | null;
  CustomerId: string;
  Domain: string | null;
  Name: string | null;
  RelationshipToPartner: CustomerPartnerRelationship;
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSProduct */
export interface PSProduct {
  Description: string | null;
  IsMicrosoftProduct: boolean;
  ProductId: string;
  ProductType: string | null;
  PublisherName: string | null;
  Title: string | null;
  Type: string | null;
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSSku */
export interface PSSku {
  Description: string | null;
  DynamicAttributes: Record<string, unknown>;
  InventoryVariables: string[];
  IsTrial: boolean;
  MaximumQuantity: number;
  MinimumQuantity: number;
  ProductId: string | null;
  ProvisioningVariables: string[];
  PurchasePrerequisites: string[];
  SkuId: string;
  SupportedBillingCycles: BillingCycle[];
  Title: string | null;
}

/** The SDK's Product and Sku as an availability carries them (Microsoft.Store.PartnerCenter.Models.Products). */
export interface CatalogProduct {
  Id: string;
  Title: string | null;
  Description: string | null;
  ProductType: { Id: string | null; DisplayName: string | null } | null;
  IsMicrosoftProduct: boolean;
  PublisherName: string | null;
}

export interface CatalogSku {
  Id: string;
  ProductId: string | null;
  Title: string | null;
  Description: string | null;
  MinimumQuantity: number;
  MaximumQuantity: number;
  IsTrial: boolean;
  SupportedBillingCycles: BillingCycle[];
  ProvisioningVariables: string[];
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSProductAvailability */
export interface PSProductAvailability {
  AvailabilityId: string;
  CatalogItemId: string;
  Country: string | null;
  DefaultCurrencyCode: string | null;
  DefaultCurrencySymbol: string | null;
  IsPurchasable: boolean;
  IsRenewable: boolean;
  Product: CatalogProduct | null;
  ProductId: string | null;
  Segment: string | null;
  SkuId: string | null;
  Sku: CatalogSku | null;
}

export const CATALOG_TYPE_NAMES = {
  PSCustomer: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer',
  PSProduct: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSProduct',
  PSSku: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSSku',
  PSProductAvailability: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSProductAvailability',
} as const;
