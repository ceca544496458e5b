/**
 * Submit-PartnerCustomerCart: POST …/carts/{CartId}/checkout; outputs PSCartCheckoutResult, then a
 * non-terminating error per OrderError (an order group that was not ordered).
 */
import type { CmdletHandler } from './types.ts';
import { reportCheckout } from './cart-diagnostics.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { checkout } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  reportCheckout(await checkout(await context.partnerCenter(), parameters.CustomerId, parameters.CartId), context)
) satisfies CmdletHandler<CmdletParameters['Submit-PartnerCustomerCart']>;
