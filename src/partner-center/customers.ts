/**
 * Customer operations as Get-PartnerCustomer uses them:
 * - by id: GET /v1/customers/{id};
 * - all: GET /v1/customers, every page;
 * - by domain: GET /v1/customers?filter={"Field":"Domain","Value":…,"Operator":"starts_with"}, every
 *   page. The original module first asked Microsoft Graph for the tenant whose default domain is
 *   exactly the one given and fell back to this prefix search; pcsh has no Graph call, so a
 *   customer whose domain equals the one given wins over the other prefix matches.
 *
 * @module
 */
import type { PartnerCenterClient } from './client-types.ts';
import { bareId } from './carts.ts';
import { customerFromWire } from './catalog-mapping.ts';
import type { PSCustomer } from './catalog-models.ts';
import { readAllPages } from './paging.ts';

export async function getCustomer(client: PartnerCenterClient, customerId: string): Promise<PSCustomer> {
  return customerFromWire(await client.request<unknown>('GET', `/v1/customers/${encodeURIComponent(bareId(customerId))}`));
}

export async function listCustomers(client: PartnerCenterClient): Promise<PSCustomer[]> {
  return (await readAllPages(client, '/v1/customers')).map(customerFromWire);
}

/** The query string of a domain search: the SDK's simple field filter, as JSON. */
function domainFilterQuery(domain: string): string {
  const filter = JSON.stringify({ Field: 'Domain', Value: domain, Operator: 'starts_with' });
  return `filter=${encodeURIComponent(filter)}`;
}

export async function findCustomersByDomain(client: PartnerCenterClient, domain: string): Promise<PSCustomer[]> {
  const matches = (await readAllPages(client, `/v1/customers?${domainFilterQuery(domain)}`)).map(customerFromWire);
  const exact = matches.filter((customer) => customer.Domain?.toLowerCase() === domain.trim().toLowerCase());
  return exact.length > 0 ? exact : matches;
}
