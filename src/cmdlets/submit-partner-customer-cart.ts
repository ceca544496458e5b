/** Submit-PartnerCustomerCart: POST …/carts/{CartId}/checkout; returns PSCartCheckoutResult. */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { checkout } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  checkout(await context.partnerCenter(), parameters.CustomerId, parameters.CartId)
) satisfies CmdletHandler<CmdletParameters['Submit-PartnerCustomerCart']>;
