/**
 * Catalog operations as Get-PartnerProduct, Get-PartnerProductSku and
 * Get-PartnerProductAvailability use them. Every call names a country; lists are read to the end
 * (paging.ts). Paths as documented:
 *   /v1/products?country=&targetView=[&targetSegment=][&reservationScope=]
 *   /v1/products/{productId}?country=[&reservationScope=]
 *   /v1/products/{productId}/skus[/{skuId}]?country=[&targetSegment=][&reservationScope=]
 *   /v1/products/{productId}/skus/{skuId}/availabilities[/{availabilityId}]?country=[&targetSegment=]
 *
 * @module
 */
import type { PartnerCenterClient } from './client-types.ts';
import { availabilityFromWire, productFromWire, skuFromWire } from './catalog-mapping.ts';
import type { PSProduct, PSProductAvailability, PSSku } from './catalog-models.ts';
import { readAllPages } from './paging.ts';

export interface CatalogFilter {
  country: string;
  segment?: string | undefined;
  reservationScope?: string | undefined;
}

function query(filter: CatalogFilter, first: Record<string, string> = {}): string {
  const params = new URLSearchParams({ country: filter.country, ...first });
  if (filter.segment) params.set('targetSegment', filter.segment);
  if (filter.reservationScope) params.set('reservationScope', filter.reservationScope);
  return params.toString();
}

function segment(id: string): string {
  return encodeURIComponent(id.trim());
}

function productPath(productId: string): string {
  return `/v1/products/${segment(productId)}`;
}

function skuPath(productId: string, skuId: string): string {
  return `${productPath(productId)}/skus/${segment(skuId)}`;
}

export async function listProducts(client: PartnerCenterClient, targetView: string, filter: CatalogFilter): Promise<PSProduct[]> {
  return (await readAllPages(client, `/v1/products?${query(filter, { targetView })}`)).map(productFromWire);
}

export async function getProduct(client: PartnerCenterClient, productId: string, filter: CatalogFilter): Promise<PSProduct> {
  return productFromWire(await client.request<unknown>('GET', `${productPath(productId)}?${query(filter)}`));
}

export async function listSkus(client: PartnerCenterClient, productId: string, filter: CatalogFilter): Promise<PSSku[]> {
  return (await readAllPages(client, `${productPath(productId)}/skus?${query(filter)}`)).map(skuFromWire);
}

export async function getSku(client: PartnerCenterClient, productId: string, skuId: string, filter: CatalogFilter): Promise<PSSku> {
  return skuFromWire(await client.request<unknown>('GET', `${skuPath(productId, skuId)}?${query(filter)}`));
}

export async function listAvailabilities(
  client: PartnerCenterClient, productId: string, skuId: string, filter: CatalogFilter,
): Promise<PSProductAvailability[]> {
  return (await readAllPages(client, `${skuPath(productId, skuId)}/availabilities?${query(filter)}`)).map(availabilityFromWire);
}

export async function getAvailability(
  client: PartnerCenterClient, productId: string, skuId: string, availabilityId: string, filter: CatalogFilter,
): Promise<PSProductAvailability> {
  const path = `${skuPath(productId, skuId)}/availabilities/${segment(availabilityId)}?${query(filter)}`;
  return availabilityFromWire(await client.request<unknown>('GET', path));
}
