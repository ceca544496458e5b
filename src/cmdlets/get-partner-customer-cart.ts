/** Get-PartnerCustomerCart: GET /v1/customers/{CustomerId}/carts/{CartId}. */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { getCart } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  getCart(await context.partnerCenter(), parameters.CustomerId, parameters.CartId)
) satisfies CmdletHandler<CmdletParameters['Get-PartnerCustomerCart']>;
