/** Add-PartnerCustomerCartLineItem: GET the cart, append the line item with the next free id, PUT it back. */
import type { CmdletHandler } from './types.ts';
import { warnAboutLineErrors } from './cart-diagnostics.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { addLineItem } from '../partner-center/carts.ts';

export default (async (parameters, context) =>
  warnAboutLineErrors(await addLineItem(await context.partnerCenter(), parameters.CustomerId, parameters.CartId, parameters.LineItem), context)
) satisfies CmdletHandler<CmdletParameters['Add-PartnerCustomerCartLineItem']>;
