/**
 * GET /v1/products[/{productId}[/skus[/{skuId}[/availabilities[/{availabilityId}]]]]]:
 * the catalog, filtered by country, target view (catalog), target segment and reservation scope.
 * Lists page (see paging.ts); an unknown id is 404 1000.
 *
 * @module
 */
import type { ApiRequest, ApiResponse, RouteHandler } from '../context.ts';
import { catalogErrors } from './catalog-errors.ts';
import { readCatalogQuery, selfQuery } from './catalog-query.ts';
import type { CatalogQuery } from './catalog-query.ts';
import { EMULATOR_SEGMENT, availabilityResource, productResource, skuResource } from './catalog-resources.ts';
import { pageOf } from './paging.ts';
import { PRODUCTS, findProduct, skusOf } from './product-data.ts';
import type { ProductEntry, SkuEntry } from './product-data.ts';

/** Small on purpose, so the catalog spans pages and clients must follow continuation tokens. */
const CATALOG_PAGE_SIZE = 2;

function ok(body: unknown): ApiResponse {
  return { status: 200, body };
}

function inSegment(query: CatalogQuery): boolean {
  return query.segment === undefined || query.segment === EMULATOR_SEGMENT;
}

function productFor(request: ApiRequest, query: CatalogQuery): ProductEntry {
  const product = findProduct(request.params.productId!);
  if (!product || (query.reservationScope !== undefined && !product.reservation)) {
    throw catalogErrors.notFound(`product ${request.params.productId!.toUpperCase()} in country ${query.country}`);
  }
  return product;
}

function skuFor(request: ApiRequest, query: CatalogQuery): SkuEntry {
  const product = productFor(request, query);
  const sku = skusOf(product.id).find((entry) => entry.id === request.params.skuId?.toUpperCase());
  if (!sku) throw catalogErrors.notFound(`SKU ${request.params.skuId} of product ${product.id} in country ${query.country}`);
  return sku;
}

function matchesView(product: ProductEntry, targetView: string): boolean {
  const view = targetView.toLowerCase();
  const own = product.targetView.toLowerCase();
  // AzureReservations lists every reservation catalog (VM, SQL, Cosmos DB, …).
  return own === view || (view === 'azurereservations' && own.startsWith(view));
}

export const listProducts: RouteHandler = async (request) => {
  const query = readCatalogQuery(request);
  const targetView = request.query?.get('targetView');
  if (!targetView) throw catalogErrors.invalidInput('the targetView query parameter is required');
  const products = inSegment(query)
    ? PRODUCTS.filter((p) => matchesView(p, targetView) && (query.reservationScope === undefined || p.reservation))
    : [];
  const resources = products.map((product) => productResource(product, query.country));
  return ok(pageOf(resources, request, CATALOG_PAGE_SIZE, `/products?${selfQuery(query, { targetView })}`));
};

export const getProduct: RouteHandler = async (request) => {
  const query = readCatalogQuery(request);
  return ok(productResource(productFor(request, query), query.country));
};

export const listSkus: RouteHandler = async (request) => {
  const query = readCatalogQuery(request);
  const product = productFor(request, query);
  const skus = inSegment(query) ? skusOf(product.id) : [];
  const resources = skus.map((sku) => skuResource(sku, query.country));
  return ok(pageOf(resources, request, CATALOG_PAGE_SIZE, `/products/${product.id}/skus?${selfQuery(query)}`));
};

export const getSku: RouteHandler = async (request) => {
  const query = readCatalogQuery(request);
  return ok(skuResource(skuFor(request, query), query.country));
};

export const listAvailabilities: RouteHandler = async (request) => {
  const query = readCatalogQuery(request);
  const sku = skuFor(request, query);
  const resources = inSegment(query) ? [availabilityResource(sku, query.country)] : [];
  const self = `/products/${sku.productId}/skus/${sku.id}/availabilities?${selfQuery(query)}`;
  return ok(pageOf(resources, request, CATALOG_PAGE_SIZE, self));
};

export const getAvailability: RouteHandler = async (request) => {
  const query = readCatalogQuery(request);
  const sku = skuFor(request, query);
  if (request.params.availabilityId?.toUpperCase() !== sku.availabilityId) {
    throw catalogErrors.notFound(`availability ${request.params.availabilityId?.toUpperCase()} of ${sku.productId}:${sku.id} in country ${query.country}`);
  }
  return ok(availabilityResource(sku, query.country));
};
