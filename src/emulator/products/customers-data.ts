/**
 * The emulator's customers (wire shape of the Partner Center Customer resource). The first is the
 * customer of every help example; the others exist so listing and domain search have something to
 * page through and tell apart. Names and domains are made up.
 *
 * @module
 */
import type { WireObject } from '../../partner-center/wire.ts';

interface SeedCustomer {
  id: string;
  domain: string;
  companyName: string;
  country: string;
  city: string;
}

const SEED: readonly SeedCustomer[] = [
  { id: '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', domain: 'contoso.onmicrosoft.com', companyName: 'Contoso', country: 'US', city: 'Redmond' },
  { id: '2ca7de6c-c05c-46b5-b689-32e53573a97a', domain: 'contosobikes.onmicrosoft.com', companyName: 'Contoso Bikes', country: 'US', city: 'Seattle' },
  { id: '8b0f5a4e-3c2d-4e1f-9a7b-6c5d4e3f2a1b', domain: 'fabrikam.onmicrosoft.com', companyName: 'Fabrikam', country: 'GB', city: 'London' },
  { id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', domain: 'wingtiptoys.onmicrosoft.com', companyName: 'Wingtip Toys', country: 'DE', city: 'Berlin' },
  { id: 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f', domain: 'tailspintoys.onmicrosoft.com', companyName: 'Tailspin Toys', country: 'CA', city: 'Toronto' },
];

function customerResource(seed: SeedCustomer): WireObject {
  return {
    id: seed.id,
    commerceId: seed.id.split('').reverse().join(''),
    companyProfile: {
      tenantId: seed.id,
      domain: seed.domain,
      companyName: seed.companyName,
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    billingProfile: {
      id: `${seed.id}-billing`,
      firstName: 'Pat',
      lastName: 'Admin',
      email: `billing@${seed.domain}`,
      culture: 'en-US',
      language: 'en',
      companyName: seed.companyName,
      defaultAddress: { country: seed.country, city: seed.city, addressLine1: '1 Main Street', postalCode: '10001' },
      attributes: { objectType: 'CustomerBillingProfile' },
    },
    relationshipToPartner: 'reseller',
    allowDelegatedAccess: true,
    links: { self: { uri: `/customers/${seed.id}`, method: 'GET', headers: [] } },
    attributes: { objectType: 'Customer' },
  };
}

export const CUSTOMERS: readonly WireObject[] = SEED.map(customerResource);

export function findCustomer(customerId: string): WireObject | undefined {
  const wanted = customerId.toLowerCase();
  return CUSTOMERS.find((customer) => customer.id === wanted);
}
