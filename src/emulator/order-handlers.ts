/** GET /v1/customers/{customerId}/orders[/{orderId}]: the orders checkouts created. */
import { apiErrors } from './api-error.ts';
import type { ApiRequest, ApiResponse, EmulatorContext } from './context.ts';
import { listOrders, readOrder } from './store.ts';

export async function getOrder(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const orderId = request.params.orderId!;
  const order = readOrder(context.dataDir, request.params.customerId!, orderId);
  if (!order) throw apiErrors.orderNotFound(orderId);
  return { status: 200, body: order };
}

export async function listCustomerOrders(request: ApiRequest, context: EmulatorContext): Promise<ApiResponse> {
  const orders = listOrders(context.dataDir, request.params.customerId!);
  return {
    status: 200,
    body: {
      totalCount: orders.length,
      items: orders,
      links: { self: { uri: `/customers/${request.params.customerId}/orders`, method: 'GET', headers: [] } },
      attributes: { objectType: 'Collection' },
    },
  };
}
