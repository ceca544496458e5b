/**
 * `npm run demo`: the main job on the built-in emulator — find the customer by its domain and the
 * catalog items by a product search (Get-PartnerCustomer → Get-PartnerProduct → Get-PartnerProductSku →
 * Get-PartnerProductAvailability), then the whole cart lifecycle with them (Connect → New → Get →
 * Set → Add → Submit), each step the real command as you would type it; no id is hard-coded.
 * Uses its own config and emulator folders under the temp dir, so your own context is untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sandbox = mkdtempSync(join(tmpdir(), 'pcsh-demo-'));
const env = { ...process.env, PCSH_CONFIG_DIR: join(sandbox, 'config'), PCSH_EMULATOR_DATA: join(sandbox, 'emulator'), PCSH_FORMAT: 'list' };

function step(title: string, command: string, args: string[]): string {
  const shown = args.map((a) => (/[\s"$@{}();]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a)).join(' ');
  console.log(`\n# ${title}\n$ ${command} ${shown}`);
  const result = spawnSync(process.execPath, [join(root, 'dist/bin', `${command}.js`), ...args], { env, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    console.error(`\n${command} exited with ${result.status}; the demo stops here.`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

/** The value of `Name : value` in the first object of list output that contains `within` (a title, say). */
function field(output: string, name: string, within = ''): string {
  const block = output.split(/\n\s*\n/).find((text) => text.includes(within) && new RegExp(`^${name}\\s*:`, 'm').test(text));
  const value = block && new RegExp(`^${name}\\s*:\\s*(\\S+)`, 'm').exec(block)?.[1];
  if (!value) throw new Error(`no ${name} in the output${within ? ` for ${within}` : ''}`);
  return value;
}

/** Product search → first SKU → first availability: the CatalogItemId a line item takes. */
function findCatalogItem(catalog: string, title: string): string {
  const products = step(`Search the ${catalog} catalog for "${title}"`, 'Get-PartnerProduct', ['-Catalog', catalog, '-CountryCode', 'US']);
  const productId = field(products, 'ProductId', title);
  const skuId = field(step('Its SKUs', 'Get-PartnerProductSku', ['-ProductId', productId, '-CountryCode', 'US']), 'SkuId');
  const availabilities = step('The SKU\'s availability: its CatalogItemId goes into the cart', 'Get-PartnerProductAvailability', [
    '-ProductId', productId, '-SkuId', skuId, '-CountryCode', 'US',
  ]);
  return field(availabilities, 'CatalogItemId');
}

console.log(`pcsh demo on the built-in Partner Center emulator (state in ${sandbox})`);
step('Connect to the built-in emulator: no account, no sign-in', 'Connect-PartnerCenter', ['-Environment', 'Emulator']);
const customer = field(step('Find the customer by its domain', 'Get-PartnerCustomer', ['-Domain', 'contoso.onmicrosoft.com']), 'CustomerId');
const reservedVm = findCatalogItem('AzureReservationsVM', 'Reserved Virtual Machine Instances');
const businessBasic = findCatalogItem('OnlineServices', 'Microsoft 365 Business Basic');
const created = step('Create a cart with the reserved VM instance found above', 'New-PartnerCustomerCart', [
  '-CustomerId', customer,
  '-LineItems', `@{CatalogItemId='${reservedVm}'; FriendlyName='Reserved VM instance'; Quantity=10; BillingCycle='OneTime'; ProvisioningContext=@{duration='1Year'; scope='shared'; subscriptionId='c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75'}}`,
  '-Confirm:$false',
]);
const cartId = /CartId\s*:\s*(\S+)/.exec(created)?.[1];
if (!cartId) throw new Error('New-PartnerCustomerCart printed no CartId');
step('Read it back', 'Get-PartnerCustomerCart', ['-CustomerId', customer, '-CartId', cartId]);
step('See what replacing the line items would do, without doing it', 'Set-PartnerCustomerCart', [
  '-CustomerId', customer, '-CartId', cartId,
  '-LineItems', `@{CatalogItemId='${businessBasic}'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`, '-WhatIf',
]);
step('Replace the line items with five Microsoft 365 Business Basic seats', 'Set-PartnerCustomerCart', [
  '-CustomerId', customer, '-CartId', cartId,
  '-LineItems', `@{CatalogItemId='${businessBasic}'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`, '-Confirm:$false',
]);
step('Add the reserved instance back as a second line item', 'Add-PartnerCustomerCartLineItem', [
  '-CustomerId', customer, '-CartId', cartId,
  '-LineItem', `{"CatalogItemId": "${reservedVm}", "Quantity": 2, "BillingCycle": "OneTime", "ProvisioningContext": {"duration": "1Year", "scope": "shared", "subscriptionId": "c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75"}}`,
  '-Confirm:$false',
]);
step('Check out: one order per order group', 'Submit-PartnerCustomerCart', ['-CustomerId', customer, '-CartId', cartId, '-Confirm:$false']);
step('The cart is now Ordered', 'Get-PartnerCustomerCart', ['-CustomerId', customer, '-CartId', cartId]);
console.log('\nDone: from a domain name and a product search to an order, against the built-in emulator.');
