/**
 * The catalog and the carts agree: every availability any catalog lists goes into a cart and is
 * checked out, and a CatalogItemId that no availability has is refused by New-, Set- and Add-
 * (800004) with the cart unchanged. In-process through dispatch() on the embedded emulator.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOG } from '../../src/emulator/catalog.ts';
import type { CatalogItem } from '../../src/emulator/catalog.ts';
import { catalogSandbox, objectsOf } from './catalog-fixture.ts';
import type { CatalogSandbox, Json } from './catalog-fixture.ts';

const CONTOSO = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const CATALOGS = ['OnlineServices', 'AzureReservationsVM'];
const SUBSCRIPTION = 'c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75';

let box: CatalogSandbox;
test.before(async () => {
  box = await catalogSandbox();
});

async function everyAvailability(): Promise<Json[]> {
  const found: Json[] = [];
  for (const catalog of CATALOGS) {
    for (const product of objectsOf(await box.run('Get-PartnerProduct', '-Catalog', catalog), catalog)) {
      for (const sku of objectsOf(await box.run('Get-PartnerProductSku', '-ProductId', product.ProductId), product.ProductId)) {
        found.push(...objectsOf(await box.run('Get-PartnerProductAvailability', '-ProductId', product.ProductId, '-SkuId', sku.SkuId), sku.SkuId));
      }
    }
  }
  return found;
}

/** The cart catalog's rules for an id (what a line item for it must carry). */
function rulesOf(catalogItemId: string): CatalogItem {
  const rules = CATALOG.find((item) => item.catalogItemId === catalogItemId);
  assert.ok(rules, `${catalogItemId} is not in the cart catalog`);
  return rules!;
}

/** A line item for an availability, with what its SKU asks for (billing cycle, term, provisioning keys). */
function lineItemFor(availability: Json): Json {
  const rules = rulesOf(availability.CatalogItemId);
  const line: Json = { CatalogItemId: availability.CatalogItemId, Quantity: 1, BillingCycle: availability.Sku.SupportedBillingCycles[0] };
  if (rules.termRequired) line.TermDuration = rules.termDurations[0];
  if (rules.provisioningKeys.length > 0) line.ProvisioningContext = { duration: '1Year', scope: 'shared', subscriptionId: SUBSCRIPTION };
  return line;
}

test('every availability of every catalog goes into a cart and is ordered', async () => {
  const availabilities = await everyAvailability();
  assert.equal(availabilities.map((a) => a.CatalogItemId).sort(), CATALOG.map((item) => item.catalogItemId).sort());
  // An add-on is bought inside a line of its base offer (the cart refuses it alone), with the base's cycle and term.
  const lines = availabilities.map(lineItemFor);
  const isAddon = (line: Json) => rulesOf(line.CatalogItemId).addonFor !== undefined;
  const bases = lines.filter((line) => !isAddon(line));
  for (const addon of lines.filter(isAddon)) {
    const base = bases.find((line) => rulesOf(addon.CatalogItemId).addonFor!.some((productId) => line.CatalogItemId.startsWith(`${productId}:`)))!;
    base.AddonItems = [...(base.AddonItems ?? []), { ...addon, BillingCycle: base.BillingCycle, TermDuration: base.TermDuration }];
  }
  const [cart] = objectsOf(await box.run('New-PartnerCustomerCart', '-CustomerId', CONTOSO, '-LineItems', JSON.stringify(bases)), 'New-PartnerCustomerCart');
  assert.equal(cart!.LineItems.filter((line: Json) => line.Error).map((line: Json) => line.Error), []);
  const [result] = objectsOf(await box.run('Submit-PartnerCustomerCart', '-CustomerId', CONTOSO, '-CartId', cart!.CartId), 'Submit');
  assert.equal(result!.OrderErrors, []);
  const offers = result!.Orders.flatMap((order: Json) => order.LineItems.map((line: Json) => line.OfferId)).sort();
  assert.equal(offers, CATALOG.map((item) => item.catalogItemId).sort());
});

test('a CatalogItemId that no availability has is refused by New-, Set- and Add- with 800004; the cart is unchanged', async () => {
  const unknown = 'CFQ7TTC0LH18:0001:ZZZZZZZZZZZZ';
  const line = `@{CatalogItemId='${unknown}'; Quantity=1; BillingCycle='Monthly'; TermDuration='P1M'}`;
  const created = await box.run('New-PartnerCustomerCart', '-CustomerId', CONTOSO, '-LineItems', line);
  assert.is(created.code, 1);
  assert.match(created.stderr, /^New-PartnerCustomerCart: The offer id 'CFQ7TTC0LH18:0001:ZZZZZZZZZZZZ' is invalid .*\(800004, HTTP 400, /);
  const good = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=2; BillingCycle='Monthly'; TermDuration='P1M'}";
  const [cart] = objectsOf(await box.run('New-PartnerCustomerCart', '-CustomerId', CONTOSO, '-LineItems', good), 'good cart');
  for (const [command, parameter] of [['Set-PartnerCustomerCart', '-LineItems'], ['Add-PartnerCustomerCartLineItem', '-LineItem']] as const) {
    const refused = await box.run(command, '-CustomerId', CONTOSO, '-CartId', cart!.CartId, parameter, line);
    assert.is(refused.code, 1, command);
    assert.match(refused.stderr, new RegExp(`^${command}: .*\\(800004, HTTP 400, `));
  }
  const [after] = objectsOf(await box.run('Get-PartnerCustomerCart', '-CustomerId', CONTOSO, '-CartId', cart!.CartId), 'read back');
  assert.equal(after!.LineItems.map((l: Json) => [l.CatalogItemId, l.Quantity]), [['CFQ7TTC0LH18:0001:CFQ7TTC0K971', 2]]);
});

test.run();
