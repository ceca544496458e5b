/**
 * New-PartnerCustomerCart: POST /v1/customers/{CustomerId}/carts with every line item field kept;
 * -PartnerOnRecordAttestationAccepted (a pcsh extension) sends the cart-level attestation.
 */
import type { CmdletHandler } from './types.ts';
import { warnAboutLineErrors } from './cart-diagnostics.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { createCart } from '../partner-center/carts.ts';

export default (async (parameters, context) => {
  const attestation = parameters.PartnerOnRecordAttestationAccepted;
  const options = attestation === undefined ? {} : { partnerOnRecordAttestationAccepted: attestation };
  const cart = await createCart(await context.partnerCenter(), parameters.CustomerId, parameters.LineItems, options);
  return warnAboutLineErrors(cart, context);
}) satisfies CmdletHandler<CmdletParameters['New-PartnerCustomerCart']>;
