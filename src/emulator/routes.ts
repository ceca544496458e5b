/**
 * The emulator's route table. Route names are what faults.json refers to.
 *
 * @module
 */
import { apiErrors } from './api-error.ts';
import { createCart, getCart, updateCart } from './cart-handlers.ts';
import { checkoutCart } from './checkout.ts';
import type { RouteHandler } from './context.ts';
import { getOrder, listCustomerOrders } from './order-handlers.ts';
import { getAvailability, getProduct, getSku, listAvailabilities, listProducts, listSkus } from './products/catalog-handlers.ts';
import { getCustomer, listCustomers } from './products/customer-handlers.ts';
import { GUID, ORDER_ID } from './store.ts';

export type RouteName = 'createCart' | 'getCart' | 'updateCart' | 'checkout' | 'listOrders' | 'getOrder'
  | 'listCustomers' | 'getCustomer' | 'listProducts' | 'getProduct' | 'listSkus' | 'getSku' | 'listAvailabilities' | 'getAvailability';

export interface Route {
  name: RouteName;
  method: string;
  /** Path template; `:name` is one segment. */
  template: string;
  handler: RouteHandler;
  /** A POST whose first answer is replayed for a repeated MS-RequestId. */
  idempotent: boolean;
  /** Whether the body is read as JSON (checkout ignores its body: none, or the SDKs' "success"). */
  json: boolean;
}

const ROUTES: readonly Route[] = [
  { name: 'createCart', method: 'POST', template: '/v1/customers/:customerId/carts', handler: createCart, idempotent: true, json: true },
  { name: 'getCart', method: 'GET', template: '/v1/customers/:customerId/carts/:cartId', handler: getCart, idempotent: false, json: false },
  { name: 'updateCart', method: 'PUT', template: '/v1/customers/:customerId/carts/:cartId', handler: updateCart, idempotent: false, json: true },
  { name: 'checkout', method: 'POST', template: '/v1/customers/:customerId/carts/:cartId/checkout', handler: checkoutCart, idempotent: true, json: false },
  { name: 'listOrders', method: 'GET', template: '/v1/customers/:customerId/orders', handler: listCustomerOrders, idempotent: false, json: false },
  { name: 'getOrder', method: 'GET', template: '/v1/customers/:customerId/orders/:orderId', handler: getOrder, idempotent: false, json: false },
  { name: 'listCustomers', method: 'GET', template: '/v1/customers', handler: listCustomers, idempotent: false, json: false },
  { name: 'getCustomer', method: 'GET', template: '/v1/customers/:customerId', handler: getCustomer, idempotent: false, json: false },
  { name: 'listProducts', method: 'GET', template: '/v1/products', handler: listProducts, idempotent: false, json: false },
  { name: 'getProduct', method: 'GET', template: '/v1/products/:productId', handler: getProduct, idempotent: false, json: false },
  { name: 'listSkus', method: 'GET', template: '/v1/products/:productId/skus', handler: listSkus, idempotent: false, json: false },
  { name: 'getSku', method: 'GET', template: '/v1/products/:productId/skus/:skuId', handler: getSku, idempotent: false, json: false },
  {
    name: 'listAvailabilities', method: 'GET', template: '/v1/products/:productId/skus/:skuId/availabilities',
    handler: listAvailabilities, idempotent: false, json: false,
  },
  {
    name: 'getAvailability', method: 'GET', template: '/v1/products/:productId/skus/:skuId/availabilities/:availabilityId',
    handler: getAvailability, idempotent: false, json: false,
  },
];

function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]!;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}

/** An id as quoted in an error: at most a short prefix. */
function shortId(id: string): string {
  return id.length > 64 ? `${id.slice(0, 64)}…` : id;
}

function normaliseParams(params: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, raw] of Object.entries(params)) {
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      value = raw;
    }
    result[key] = key === 'orderId' ? value : value.replace(/^\{(.*)\}$/, '$1').toLowerCase();
  }
  // Every id is checked here, before any handler, lock or file path sees it (no path traversal).
  const { customerId, cartId, orderId } = result;
  if (customerId !== undefined && !GUID.test(customerId)) throw apiErrors.invalidInput(`the customer id '${shortId(customerId)}' is not a GUID`);
  if (cartId !== undefined && !GUID.test(cartId)) throw apiErrors.cartNotFound(shortId(cartId));
  if (orderId !== undefined && !ORDER_ID.test(orderId)) throw apiErrors.orderNotFound(shortId(orderId));
  return result;
}

/** The route and its parameters; 404 for an unknown path, 405 for a known path with another method. */
export function matchRoute(method: string, pathname: string): { route: Route; params: Record<string, string> } {
  const segments = pathname.split('/').filter(Boolean);
  let pathKnown = false;
  for (const route of ROUTES) {
    const params = matchTemplate(route.template, segments);
    if (!params) continue;
    pathKnown = true;
    if (route.method === method) return { route, params: normaliseParams(params) };
  }
  throw pathKnown ? apiErrors.methodNotAllowed(method, pathname) : apiErrors.notFound(pathname);
}

/** The route's name for the request log, without checking anything (never throws). */
export function routeNameOf(method: string, pathname: string): RouteName | undefined {
  const segments = pathname.split('/').filter(Boolean);
  return ROUTES.find((route) => route.method === method && matchTemplate(route.template, segments))?.name;
}
