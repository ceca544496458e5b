/** Submit-PartnerCustomerCart: POST …/carts/{CartId}/checkout; returns PSCartCheckoutResult. */
import type { CmdletHandler } from './types.ts';
import { checkout } from '../partner-center/carts.ts';

export interface SubmitPartnerCustomerCartParameters {
  CartId: string;
  CustomerId: string;
}

export default (async (parameters, context) =>
  checkout(await context.partnerCenter(), parameters.CustomerId, parameters.CartId)
) satisfies CmdletHandler<SubmitPartnerCustomerCartParameters>;
