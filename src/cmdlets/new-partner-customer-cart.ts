/** New-PartnerCustomerCart: POST /v1/customers/{CustomerId}/carts with every line item field kept. */
import type { CmdletHandler } from './types.ts';
import { warnAboutLineErrors } from './cart-diagnostics.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { createCart } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  warnAboutLineErrors(await createCart(await context.partnerCenter(), parameters.CustomerId, parameters.LineItems), context)
) satisfies CmdletHandler<CmdletParameters['New-PartnerCustomerCart']>;
