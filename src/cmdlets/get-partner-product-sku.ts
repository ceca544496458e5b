/** Get-PartnerProductSku: a product's SKUs (ByProductId, BySegment), or one SKU (BySkuId). */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { catalogFilter } from './catalog-filter.ts';
import { getSku, listSkus } from '../partner-center/products.ts';

export default (async (parameters, context) => {
  const client = await context.partnerCenter();
  const filter = catalogFilter(parameters);
  if (parameters.SkuId !== undefined) return getSku(client, parameters.ProductId, parameters.SkuId, filter);
  return listSkus(client, parameters.ProductId, filter);
}) satisfies CmdletHandler<CmdletParameters['Get-PartnerProductSku']>;
