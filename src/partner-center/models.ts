/**
 * The PowerShell models of the original module (Microsoft.Store.PartnerCenter.PowerShell.Models.*),
 * as plain objects with PascalCase property names. Handlers return these; the output formatter
 * prints them; the pwsh module re-types them under their original full names.
 *
 * @module
 */

export type BillingCycle = 'Unknown' | 'Monthly' | 'Annual' | 'None' | 'OneTime' | 'Triennial' | 'Biennial';
export const BILLING_CYCLES: readonly BillingCycle[] = ['Unknown', 'Monthly', 'Annual', 'None', 'OneTime', 'Triennial', 'Biennial'];

export type ParticipantType = 'Unknown' | 'TransactionReseller' | 'ConsumptionReseller' | 'AdditionalTransactionReseller';

export interface PSCartError {
  ErrorCode: string;
  ErrorDescription: string;
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem */
export interface PSCartLineItem {
  Id?: number;
  CatalogItemId: string;
  FriendlyName?: string;
  Quantity: number;
  CurrencyCode?: string;
  BillingCycle: BillingCycle;
  TermDuration?: string;
  PromotionId?: string;
  Participants?: { Key: ParticipantType; Value: string }[];
  ProvisioningContext?: Record<string, string>;
  OrderGroup?: string;
  AddonItems?: PSCartLineItem[];
  RenewsTo?: { TermDuration: string };
  Error?: PSCartError;
  CustomTermEndDate?: string;
  AttestationAccepted?: boolean;
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart */
export interface PSCart {
  CartId: string;
  CreationTimestamp: string | null;
  ExpirationTimestamp: string | null;
  LastModifiedTimestamp: string | null;
  LastModifiedUser: string | null;
  LineItems: PSCartLineItem[];
  /** "Active" or "Ordered" as the service sent it; null when it sent none. */
  Status: string | null;
  /** Cart-level attestation (create-a-cart request table; SDK Cart); present when the service answers it. */
  PartnerOnRecordAttestationAccepted?: boolean;
}

/** A Partner Center link (`{uri, method, headers}`) with PowerShell property names. */
export interface PSLink {
  Uri?: string;
  Method?: string;
  Headers?: unknown[];
}

/** SDK Pricing of an order line item. */
export interface PSPricing {
  ListPrice?: number | null;
  DiscountedPrice?: number | null;
  ProratedPrice?: number | null;
  Price?: number | null;
  ExtendedPrice?: number | null;
}

/** SDK ResourceAttributes: `{objectType, etag}`. */
export interface PSResourceAttributes {
  ObjectType?: string;
  Etag?: string;
}

export interface PSOrderError {
  OrderGroupId: string;
  Code: string;
  Description: string;
}

export interface PSOrderLineItem {
  LineItemNumber: number;
  OfferId: string;
  SubscriptionId: string | null;
  ParentSubscriptionId: string | null;
  TermDuration: string | null;
  FriendlyName: string | null;
  Quantity: number;
  ProvisioningContext: Record<string, string>;
  RenewsTo?: { TermDuration: string };
  TransactionType?: string;
  PromotionId?: string;
  CustomTermEndDate?: string;
  Pricing?: PSPricing;
  PartnerIdOnRecord?: string;
  AdditionalPartnerIdsOnRecord?: string[];
  AttestationAccepted?: boolean;
  /** subscription, product, sku, availability, provisioningStatus, activationLinks: whatever the service sent. */
  Links?: Record<string, PSLink>;
  Attributes?: PSResourceAttributes;
}

export interface PSOrder {
  OrderId: string;
  AlternateId: string | null;
  ReferenceCustomerId: string | null;
  BillingCycle: string;
  CurrencyCode: string | null;
  CurrencySymbol?: string | null;
  CreationDate: string | null;
  /** As the service sent it (`completed`, `pending`), not re-cased; null when absent. */
  Status: string | null;
  TransactionType: string | null;
  LineItems: PSOrderLineItem[];
  TotalPrice?: number;
  PartnerOnRecordAttestationAccepted?: boolean;
  /** self, provisioningStatus, patchOperation: whatever the service sent. */
  Links?: Record<string, PSLink>;
  Attributes?: PSResourceAttributes;
}

/** Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult */
export interface PSCartCheckoutResult {
  Orders: PSOrder[];
  OrderErrors: PSOrderError[];
}

/** System.Management.Automation.PSCredential: the secret never comes from argv. */
export interface PSCredential {
  UserName: string;
  /** From the pwsh module's PSCredential; on the CLI empty, and the sign-in reads PCSH_CLIENT_SECRET or prompts. */
  Password: string;
}

/** The full .NET type names the pwsh module gives these objects (PSTypeNames). */
export const PS_TYPE_NAMES = {
  PSCart: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart',
  PSCartLineItem: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem',
  PSCartCheckoutResult: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult',
  PartnerContext: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext',
} as const;
