/**
 * `npm run demo`: the main job on the built-in emulator — the whole cart lifecycle
 * (Connect → New → Get → Set → Add → Submit), each step the real command as you would type it.
 * Uses its own config and emulator folders under the temp dir, so your own context is untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sandbox = mkdtempSync(join(tmpdir(), 'pcsh-demo-'));
const env = { ...process.env, PCSH_CONFIG_DIR: join(sandbox, 'config'), PCSH_EMULATOR_DATA: join(sandbox, 'emulator'), PCSH_FORMAT: 'list' };
const customer = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

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

console.log(`pcsh demo on the built-in Partner Center emulator (state in ${sandbox})`);
step('Connect to the built-in emulator: no account, no sign-in', 'Connect-PartnerCenter', ['-Environment', 'Emulator']);
const created = step('Create a cart with a reserved VM instance (the help example)', 'New-PartnerCustomerCart', [
  '-CustomerId', customer,
  '-LineItems', `@{CatalogItemId='DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; FriendlyName='Reserved VM instance'; Quantity=10; BillingCycle='OneTime'; ProvisioningContext=@{duration='1Year'; scope='shared'; subscriptionId='c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75'}}`,
  '-Confirm:$false',
]);
const cartId = /CartId\s*:\s*(\S+)/.exec(created)?.[1];
if (!cartId) throw new Error('New-PartnerCustomerCart printed no CartId');
step('Read it back', 'Get-PartnerCustomerCart', ['-CustomerId', customer, '-CartId', cartId]);
step('See what replacing the line items would do, without doing it', 'Set-PartnerCustomerCart', [
  '-CustomerId', customer, '-CartId', cartId,
  '-LineItems', `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`, '-WhatIf',
]);
step('Replace the line items with five Microsoft 365 Business Basic seats', 'Set-PartnerCustomerCart', [
  '-CustomerId', customer, '-CartId', cartId,
  '-LineItems', `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`, '-Confirm:$false',
]);
step('Add the reserved instance back as a second line item', 'Add-PartnerCustomerCartLineItem', [
  '-CustomerId', customer, '-CartId', cartId,
  '-LineItem', '{"CatalogItemId": "DG7GMGF0DWTL:0001:DG7GMGF0DSJB", "Quantity": 2, "BillingCycle": "OneTime", "ProvisioningContext": {"duration": "1Year", "scope": "shared", "subscriptionId": "c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75"}}',
  '-Confirm:$false',
]);
step('Check out: one order per order group', 'Submit-PartnerCustomerCart', ['-CustomerId', customer, '-CartId', cartId, '-Confirm:$false']);
step('The cart is now Ordered', 'Get-PartnerCustomerCart', ['-CustomerId', customer, '-CartId', cartId]);
console.log('\nDone: the whole lifecycle ran against the built-in emulator.');
