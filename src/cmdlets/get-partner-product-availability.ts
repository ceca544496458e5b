/** Get-PartnerProductAvailability: a SKU's availabilities (BySku), or one (ByAvailabilityId). */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { catalogFilter } from './catalog-filter.ts';
import { getAvailability, listAvailabilities } from '../partner-center/products.ts';

export default (async (parameters, context) => {
  const client = await context.partnerCenter();
  const filter = catalogFilter(parameters);
  const { ProductId, SkuId } = parameters;
  if (parameters.AvailabilityId !== undefined) return getAvailability(client, ProductId, SkuId, parameters.AvailabilityId, filter);
  return listAvailabilities(client, ProductId, SkuId, filter);
}) satisfies CmdletHandler<CmdletParameters['Get-PartnerProductAvailability']>;
