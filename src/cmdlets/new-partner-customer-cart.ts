/** New-PartnerCustomerCart: POST /v1/customers/{CustomerId}/carts with every line item field kept. */
import type { CmdletHandler } from './types.ts';
import type { PSCartLineItem } from '../partner-center/models.ts';
import { createCart } from '../partner-center/carts.ts';

export interface NewPartnerCustomerCartParameters {
  CustomerId: string;
  LineItems: PSCartLineItem[];
}

export default (async (parameters, context) =>
  createCart(await context.partnerCenter(), parameters.CustomerId, parameters.LineItems)
) satisfies CmdletHandler<NewPartnerCustomerCartParameters>;
