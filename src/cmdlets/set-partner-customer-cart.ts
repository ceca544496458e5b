/** Set-PartnerCustomerCart: GET the cart, replace its line items, PUT the whole cart back. */
import type { CmdletHandler } from './types.ts';
import { warnAboutLineErrors } from './cart-diagnostics.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { updateCart } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  warnAboutLineErrors(await updateCart(await context.partnerCenter(), parameters.CustomerId, parameters.CartId, parameters.LineItems), context)
) satisfies CmdletHandler<CmdletParameters['Set-PartnerCustomerCart']>;
