/** Get-PartnerCustomer: one customer by id (ById), prefix search by domain (ByDomain), or all (ById without an id). */
import type { CmdletHandler } from './types.ts';
import type { CmdletParameters } from './generated/parameters.ts';
import { findCustomersByDomain, getCustomer, listCustomers } from '../partner-center/customers.ts';

export default (async (parameters, context) => {
  const client = await context.partnerCenter();
  if (parameters.Domain !== undefined) return findCustomersByDomain(client, parameters.Domain);
  if (parameters.CustomerId) return getCustomer(client, parameters.CustomerId);
  return listCustomers(client);
}) satisfies CmdletHandler<CmdletParameters['Get-PartnerCustomer']>;
