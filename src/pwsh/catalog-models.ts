/**
 * The catalog cmdlets' output models for the pwsh module, declared as data: namespace, name and
 * each property's .NET type, as the original module defines them (Models/Customers/PSCustomer.cs,
 * Models/Products/PSProduct.cs, PSSku.cs, PSProductAvailability.cs of Partner-Center-PowerShell),
 * plus the SDK types they nest. catalog-models-cs.ts renders them as C#; the module's reader
 * deserialises the host's JSON into the output types. test/pwsh/catalog-models.test.ts checks
 * that the properties are the ones the runtime's mapping emits (src/partner-center/catalog-mapping.ts).
 *
 * @module
 */
import { CATALOG_TYPE_NAMES } from '../partner-center/catalog-models.ts';
import { CARTS_NAMESPACE } from './type-map.ts';

export interface ModelEnum {
  kind: 'enum';
  namespace: string;
  name: string;
  members: readonly string[];
}

export interface ModelClass {
  kind: 'class';
  namespace: string;
  name: string;
  /** Property name → .NET type (full names where outside the class's namespace). */
  properties: Readonly<Record<string, string>>;
}

export type ModelDeclaration = ModelEnum | ModelClass;

const CUSTOMERS_SDK = 'Microsoft.Store.PartnerCenter.Models.Customers';
const PRODUCTS_SDK = 'Microsoft.Store.PartnerCenter.Models.Products';
const CUSTOMERS = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Customers';
const PRODUCTS = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Products';
const STRINGS = 'System.Collections.Generic.IEnumerable<string>';
const BILLING_CYCLES = `System.Collections.Generic.IEnumerable<${CARTS_NAMESPACE}.BillingCycleType>`;

export const CATALOG_MODELS: readonly ModelDeclaration[] = [
  { kind: 'enum', namespace: CUSTOMERS_SDK, name: 'CustomerPartnerRelationship', members: ['Unknown', 'Advisor', 'Reseller', 'None'] },
  {
    kind: 'class', namespace: CUSTOMERS_SDK, name: 'CustomerBillingProfile',
    properties: {
      Id: 'string', FirstName: 'string', LastName: 'string', Email: 'string', Culture: 'string', Language: 'string', CompanyName: 'string',
      DefaultAddress: 'System.Collections.Generic.Dictionary<string, string>',
    },
  },
  {
    kind: 'class', namespace: CUSTOMERS, name: 'PSCustomer',
    properties: {
      AllowDelegatedAccess: 'bool?', AssociatedPartnerId: 'string', BillingProfile: `${CUSTOMERS_SDK}.CustomerBillingProfile`, CommerceId: 'string',
      CustomerId: 'string', Domain: 'string', Name: 'string', RelationshipToPartner: `${CUSTOMERS_SDK}.CustomerPartnerRelationship`,
    },
  },
  { kind: 'class', namespace: PRODUCTS_SDK, name: 'ItemType', properties: { Id: 'string', DisplayName: 'string' } },
  {
    kind: 'class', namespace: PRODUCTS_SDK, name: 'Product',
    properties: { Id: 'string', Title: 'string', Description: 'string', ProductType: 'ItemType', IsMicrosoftProduct: 'bool', PublisherName: 'string' },
  },
  {
    kind: 'class', namespace: PRODUCTS_SDK, name: 'Sku',
    properties: {
      Id: 'string', ProductId: 'string', Title: 'string', Description: 'string', MinimumQuantity: 'int', MaximumQuantity: 'int', IsTrial: 'bool',
      SupportedBillingCycles: BILLING_CYCLES, ProvisioningVariables: STRINGS,
    },
  },
  {
    kind: 'class', namespace: PRODUCTS, name: 'PSProduct',
    properties: {
      Description: 'string', IsMicrosoftProduct: 'bool', ProductId: 'string', ProductType: 'string', PublisherName: 'string', Title: 'string',
      Type: 'string',
    },
  },
  {
    kind: 'class', namespace: PRODUCTS, name: 'PSSku',
    properties: {
      Description: 'string', DynamicAttributes: 'System.Collections.Generic.Dictionary<string, object>', InventoryVariables: STRINGS, IsTrial: 'bool',
      MaximumQuantity: 'int', MinimumQuantity: 'int', ProductId: 'string', ProvisioningVariables: STRINGS, PurchasePrerequisites: STRINGS,
      SkuId: 'string', SupportedBillingCycles: BILLING_CYCLES, Title: 'string',
    },
  },
  {
    kind: 'class', namespace: PRODUCTS, name: 'PSProductAvailability',
    properties: {
      AvailabilityId: 'string', CatalogItemId: 'string', Country: 'string', DefaultCurrencyCode: 'string', DefaultCurrencySymbol: 'string',
      IsPurchasable: 'bool', IsRenewable: 'bool', Product: `${PRODUCTS_SDK}.Product`, ProductId: 'string', Segment: 'string', SkuId: 'string',
      Sku: `${PRODUCTS_SDK}.Sku`,
    },
  },
];

/** The cmdlets' output types, which the reader deserialises the host's JSON into. */
export const CATALOG_OUTPUT_TYPES: readonly string[] = Object.values(CATALOG_TYPE_NAMES);
