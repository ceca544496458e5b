/** Get-PartnerProduct: a catalog's products (ByTargetView), or one product (ByProductId, ByReservationScope). */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { catalogFilter } from './catalog-filter.ts';
import { getProduct, listProducts } from '../partner-center/products.ts';

export default (async (parameters, context) => {
  const client = await context.partnerCenter();
  const filter = catalogFilter(parameters);
  if (parameters.ProductId !== undefined) return getProduct(client, parameters.ProductId, filter);
  return listProducts(client, parameters.Catalog!, filter);
}) satisfies CmdletHandler<CmdletParameters['Get-PartnerProduct']>;
