/** Get-PartnerCustomerCart: GET /v1/customers/{CustomerId}/carts/{CartId}. */
import type { CmdletHandler } from './types.ts';
import { warnAboutLineErrors } from './cart-diagnostics.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { getCart } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  warnAboutLineErrors(await getCart(await context.partnerCenter(), parameters.CustomerId, parameters.CartId), context)
) satisfies CmdletHandler<CmdletParameters['Get-PartnerCustomerCart']>;
