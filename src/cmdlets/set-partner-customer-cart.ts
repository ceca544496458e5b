/** Set-PartnerCustomerCart: GET the cart, replace its line items, PUT the whole cart back. */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { updateCart } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  updateCart(await context.partnerCenter(), parameters.CustomerId, parameters.CartId, parameters.LineItems)
) satisfies CmdletHandler<CmdletParameters['Set-PartnerCustomerCart']>;
