/**
 * Product, Sku and Availability resources in the wire shape of the Partner Center catalog API
 * (camelCase, snake_case billing cycles, links relative to /v1), for one country.
 *
 * @module
 */
import { enumToWire } from '../../partner-center/wire.ts';
import type { WireObject } from '../../partner-center/wire.ts';
import { COUNTRY_CURRENCIES } from './countries.ts';
import type { ProductEntry, SkuEntry } from './product-data.ts';
import { findProduct } from './product-data.ts';

/** The one segment the emulator's availabilities are sold in. */
export const EMULATOR_SEGMENT = 'commercial';

function link(uri: string): WireObject {
  return { uri, method: 'GET', headers: [] };
}

export function productResource(product: ProductEntry, country: string): WireObject {
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    productType: product.productType,
    isMicrosoftProduct: true,
    publisherName: 'Microsoft Corporation',
    links: {
      skus: link(`/products/${product.id}/skus?country=${country}`),
      self: link(`/products/${product.id}?country=${country}`),
    },
    attributes: { objectType: 'Product' },
  };
}

export function skuResource(sku: SkuEntry, country: string): WireObject {
  const { offer } = sku;
  return {
    id: sku.id,
    productId: sku.productId,
    title: sku.title,
    description: sku.description,
    minimumQuantity: offer.minQuantity,
    maximumQuantity: offer.maxQuantity,
    isTrial: false,
    supportedBillingCycles: offer.billingCycles.map(enumToWire),
    purchasePrerequisites: [],
    inventoryVariables: [],
    provisioningVariables: [...offer.provisioningKeys],
    dynamicAttributes: { isAddon: offer.addonFor !== undefined, prerequisiteSkus: (offer.addonFor ?? []).map((id) => `${id}:0001`) },
    links: {
      availabilities: link(`/products/${sku.productId}/skus/${sku.id}/availabilities?country=${country}`),
      self: link(`/products/${sku.productId}/skus/${sku.id}?country=${country}`),
    },
    attributes: { objectType: 'Sku' },
  };
}

export function availabilityResource(sku: SkuEntry, country: string): WireObject {
  const product = findProduct(sku.productId)!;
  const currency = COUNTRY_CURRENCIES[country]!;
  return {
    id: sku.availabilityId,
    productId: sku.productId,
    skuId: sku.id,
    catalogItemId: sku.offer.catalogItemId,
    defaultCurrency: { code: currency.code, symbol: currency.symbol },
    segment: EMULATOR_SEGMENT,
    country,
    isPurchasable: true,
    isRenewable: !sku.offer.billingCycles.every((cycle) => cycle === 'OneTime'),
    product: productResource(product, country),
    sku: skuResource(sku, country),
    terms: sku.offer.termDurations.map((duration) => ({ duration, description: `${duration} term`, cancellationPolicies: [] })),
    links: { self: link(`/products/${sku.productId}/skus/${sku.id}/availabilities/${sku.availabilityId}?country=${country}`) },
    attributes: { objectType: 'Availability' },
  };
}
