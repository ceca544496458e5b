/** Add-PartnerCustomerCartLineItem: GET the cart, append the line item with the next free id, PUT it back. */
import type { CmdletHandler } from './types.ts';
import type { PSCartLineItem } from '../partner-center/models.ts';
import { addLineItem } from '../partner-center/carts.ts';

export interface AddPartnerCustomerCartLineItemParameters {
  CartId: string;
  CustomerId: string;
  LineItem: PSCartLineItem;
}

export default (async (parameters, context) =>
  addLineItem(await context.partnerCenter(), parameters.CustomerId, parameters.CartId, parameters.LineItem)
) satisfies CmdletHandler<AddPartnerCustomerCartLineItemParameters>;
