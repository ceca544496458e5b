/** Set-PartnerCustomerCart: GET the cart, replace its line items, PUT the whole cart back. */
import type { CmdletHandler } from './types.ts';
import type { PSCartLineItem } from '../partner-center/models.ts';
import { updateCart } from '../partner-center/carts.ts';

export interface SetPartnerCustomerCartParameters {
  CartId: string;
  CustomerId: string;
  LineItems: PSCartLineItem[];
}

export default (async (parameters, context) =>
  updateCart(await context.partnerCenter(), parameters.CustomerId, parameters.CartId, parameters.LineItems)
) satisfies CmdletHandler<SetPartnerCustomerCartParameters>;
