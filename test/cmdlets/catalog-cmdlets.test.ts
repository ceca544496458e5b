/**
 * The four catalog cmdlets in-process through dispatch() on the embedded emulator: what each
 * parameter set outputs, paging followed to the end, the original output properties.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { catalogSandbox, objectsOf } from './catalog-fixture.ts';
import type { CatalogSandbox } from './catalog-fixture.ts';

const CONTOSO = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const PS_CUSTOMER = ['AllowDelegatedAccess', 'AssociatedPartnerId', 'BillingProfile', 'CommerceId', 'CustomerId', 'Domain', 'Name', 'RelationshipToPartner'];
const PS_PRODUCT = ['Description', 'IsMicrosoftProduct', 'ProductId', 'ProductType', 'PublisherName', 'Title', 'Type'];
const PS_SKU = [
  'Description', 'DynamicAttributes', 'InventoryVariables', 'IsTrial', 'MaximumQuantity', 'MinimumQuantity', 'ProductId',
  'ProvisioningVariables', 'PurchasePrerequisites', 'SkuId', 'SupportedBillingCycles', 'Title',
];
const PS_AVAILABILITY = [
  'AvailabilityId', 'CatalogItemId', 'Country', 'DefaultCurrencyCode', 'DefaultCurrencySymbol', 'IsPurchasable', 'IsRenewable',
  'Product', 'ProductId', 'Segment', 'Sku', 'SkuId',
];

let box: CatalogSandbox;
test.before(async () => {
  box = await catalogSandbox();
});

const routes = (from: number) => box.requests().slice(from).map((entry) => entry.route as string);

test('Get-PartnerCustomer -Domain: an exact domain gives that customer only, a prefix every match, no match nothing', async () => {
  const exact = objectsOf(await box.run('Get-PartnerCustomer', '-Domain', 'CONTOSO.onmicrosoft.com'), 'exact');
  assert.equal(exact.map((c) => c.CustomerId), [CONTOSO]);
  assert.equal(Object.keys(exact[0]!).sort(), PS_CUSTOMER);
  assert.equal([exact[0]!.Name, exact[0]!.Domain, exact[0]!.RelationshipToPartner], ['Contoso', 'contoso.onmicrosoft.com', 'Reseller']);
  const prefix = objectsOf(await box.run('Get-PartnerCustomer', '-Domain', 'contoso'), 'prefix');
  assert.equal(prefix.map((c) => c.Domain), ['contoso.onmicrosoft.com', 'contosobikes.onmicrosoft.com']);
  const none = await box.run('Get-PartnerCustomer', '-Domain', 'nobody.example');
  assert.equal([none.code, none.stdout, none.stderr], [0, '', '']);
});

test('Get-PartnerCustomer with no parameter lists every customer, following the pages to the end', async () => {
  const before = box.requests().length;
  const all = objectsOf(await box.run('Get-PartnerCustomer'), 'list');
  assert.is(all.length, 5);
  assert.is(new Set(all.map((c) => c.CustomerId)).size, 5);
  assert.equal(routes(before), ['listCustomers', 'listCustomers', 'listCustomers']);
});

test('Get-PartnerCustomer by position, with or without braces', async () => {
  for (const id of [CONTOSO, `{${CONTOSO}}`]) {
    const [customer] = objectsOf(await box.run('Get-PartnerCustomer', id), id);
    assert.is(customer!.CustomerId, CONTOSO);
    assert.is(customer!.BillingProfile.DefaultAddress.Country, 'US');
  }
});

test('Get-PartnerProduct -Catalog: all products over two pages, with the PSProduct properties', async () => {
  const before = box.requests().length;
  const products = objectsOf(await box.run('Get-PartnerProduct', '-Catalog', 'OnlineServices'), 'products');
  assert.equal(products.map((p) => p.ProductId), ['CFQ7TTC0LH18', 'CFQ7TTC0LHSF', 'CFQ7TTC0LFLX']);
  assert.equal(Object.keys(products[0]!).sort(), PS_PRODUCT);
  assert.equal([products[0]!.ProductType, products[0]!.Type, products[0]!.IsMicrosoftProduct], ['OnlineServices', 'OnlineServices', true]);
  assert.equal(routes(before), ['listProducts', 'listProducts']);
  const education = await box.run('Get-PartnerProduct', '-Catalog', 'OnlineServices', '-Segment', 'education');
  assert.equal([education.code, education.objects], [0, []]);
  const reservations = objectsOf(await box.run('Get-PartnerProduct', '-Catalog', 'AzureReservations'), 'reservations');
  assert.equal(reservations.map((p) => p.ProductId), ['DG7GMGF0DWTL']);
});

test('Get-PartnerProduct -ProductId, and -ReservationScope AzurePlan for a reservation product only', async () => {
  const [one] = objectsOf(await box.run('Get-PartnerProduct', '-ProductId', 'cfq7ttc0lh18', '-CountryCode', 'gb'), 'by id');
  assert.equal([one!.ProductId, one!.Title], ['CFQ7TTC0LH18', 'Microsoft 365 Business Basic']);
  const [ri] = objectsOf(await box.run('Get-PartnerProduct', '-ProductId', 'DG7GMGF0DWTL', '-ReservationScope', 'AzurePlan'), 'scope');
  assert.is(ri!.ProductType, 'Azure');
  const notReservation = await box.run('Get-PartnerProduct', '-ProductId', 'CFQ7TTC0LH18', '-ReservationScope', 'AzurePlan');
  assert.is(notReservation.code, 1);
});

test('Get-PartnerProductSku: all SKUs, one by -SkuId 0001 (kept as typed), a segment', async () => {
  const [sku] = objectsOf(await box.run('Get-PartnerProductSku', '-ProductId', 'DG7GMGF0DWTL'), 'skus');
  assert.equal(Object.keys(sku!).sort(), PS_SKU);
  assert.equal([sku!.SkuId, sku!.SupportedBillingCycles, sku!.ProvisioningVariables], ['0001', ['OneTime'], ['duration', 'scope', 'subscriptionId']]);
  const [byId] = objectsOf(await box.run('Get-PartnerProductSku', '-ProductId', 'CFQ7TTC0LFLX', '-SkuId', '0002'), 'by id');
  assert.equal([byId!.SkuId, byId!.MaximumQuantity, byId!.SupportedBillingCycles], ['0002', 2400, ['Triennial', 'Annual', 'Monthly']]);
  const segment = objectsOf(await box.run('Get-PartnerProductSku', '-ProductId', 'CFQ7TTC0LH18', '-Segment', 'Commercial'), 'segment');
  assert.equal(segment.map((s) => s.SkuId), ['0001']);
});

test('Get-PartnerProductAvailability: the SKU\'s availabilities and one by id, in the country\'s currency', async () => {
  const [availability] = objectsOf(await box.run('Get-PartnerProductAvailability', '-ProductId', 'CFQ7TTC0LH18', '-SkuId', '0001'), 'list');
  assert.equal(Object.keys(availability!).sort(), PS_AVAILABILITY);
  assert.equal(
    [availability!.CatalogItemId, availability!.Country, availability!.DefaultCurrencyCode, availability!.Segment, availability!.IsPurchasable],
    ['CFQ7TTC0LH18:0001:CFQ7TTC0K971', 'US', 'USD', 'commercial', true],
  );
  assert.equal([availability!.Product.Id, availability!.Sku.Id], ['CFQ7TTC0LH18', '0001']);
  const args = ['-ProductId', 'CFQ7TTC0LH18', '-SkuId', '0001', '-AvailabilityId', 'CFQ7TTC0K971', '-CountryCode', 'DE'];
  const [byId] = objectsOf(await box.run('Get-PartnerProductAvailability', ...args), 'by id');
  assert.equal([byId!.AvailabilityId, byId!.DefaultCurrencyCode, byId!.DefaultCurrencySymbol], ['CFQ7TTC0K971', 'EUR', '€']);
});

test.run();
