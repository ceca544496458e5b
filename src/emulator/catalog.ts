/**
 * The emulator's seeded catalog. catalogItemId = productId:skuId:availabilityId. The reserved VM
 * instance and Microsoft 365 Business Basic ids are the ones in the public documentation; the
 * others follow the same shape and are illustrative.
 *
 * @module
 */
import type { BillingCycle } from '../partner-center/models.ts';

export interface CatalogItem {
  catalogItemId: string;
  title: string;
  billingCycles: readonly BillingCycle[];
  /** Allowed termDuration values; `required` = the line must carry one. */
  termDurations: readonly string[];
  termRequired: boolean;
  minQuantity: number;
  maxQuantity: number;
  /** provisioningContext keys the line must carry (camelCase). */
  provisioningKeys: readonly string[];
  /** For add-ons: the productIds of the base offers it may be bought with. */
  addonFor?: readonly string[];
  promotions: readonly string[];
  /** Unit list price in USD, for order pricing. */
  unitPrice: number;
}

export const CATALOG: readonly CatalogItem[] = [
  {
    catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
    title: 'Reserved VM Instance, Standard_D2s_v3, US West 2, 1 Year',
    billingCycles: ['OneTime'],
    termDurations: ['P1Y', 'P3Y'],
    termRequired: false,
    minQuantity: 1,
    maxQuantity: 1000,
    provisioningKeys: ['duration', 'scope', 'subscriptionId'],
    promotions: [],
    unitPrice: 613.2,
  },
  {
    catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
    title: 'Microsoft 365 Business Basic',
    billingCycles: ['Monthly', 'Annual'],
    termDurations: ['P1M', 'P1Y'],
    termRequired: true,
    minQuantity: 1,
    maxQuantity: 300,
    provisioningKeys: [],
    promotions: ['39NFJQT1Q5KV:0002:39NFJQT1Q5KV'],
    unitPrice: 6,
  },
  {
    catalogItemId: 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0',
    title: 'Microsoft Teams Audio Conferencing with dial-out to USA/CAN (add-on)',
    billingCycles: ['Monthly', 'Annual'],
    termDurations: ['P1M', 'P1Y'],
    termRequired: true,
    minQuantity: 1,
    maxQuantity: 300,
    provisioningKeys: [],
    addonFor: ['CFQ7TTC0LH18'],
    promotions: [],
    unitPrice: 0,
  },
  {
    catalogItemId: 'CFQ7TTC0LFLX:0002:CFQ7TTC0MM8R',
    title: 'Microsoft 365 E3 (3 year commitment)',
    billingCycles: ['Triennial', 'Annual', 'Monthly'],
    termDurations: ['P3Y'],
    termRequired: true,
    minQuantity: 1,
    maxQuantity: 2400,
    provisioningKeys: [],
    promotions: [],
    unitPrice: 36,
  },
];

export function findCatalogItem(catalogItemId: string): CatalogItem | undefined {
  const wanted = catalogItemId.trim().toUpperCase();
  return CATALOG.find((item) => item.catalogItemId === wanted);
}

export function productIdOf(catalogItemId: string): string {
  return catalogItemId.split(':')[0]!.toUpperCase();
}
