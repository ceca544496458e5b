/** New-PartnerCustomerCart: POST /v1/customers/{CustomerId}/carts with every line item field kept. */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { createCart } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  createCart(await context.partnerCenter(), parameters.CustomerId, parameters.LineItems)
) satisfies CmdletHandler<CmdletParameters['New-PartnerCustomerCart']>;
