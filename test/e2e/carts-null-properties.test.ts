/**
 * Line items as pwsh's `ConvertTo-Json -Depth 5` writes a typed PSCartLineItem, fed to the commands
 * from bash: every unset property is an explicit null ("Error": null, "FriendlyName": null,
 * "AddonItems": null …) and enums are numbers (BillingCycle 2 = Annual, participant Key 1 =
 * TransactionReseller). A null is an unset property, as in PowerShell; a null required property
 * (CatalogItemId, Quantity, BillingCycle) is a validation error, exit 2, nothing sent.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandFolder, runBash, type CommandResult } from './run-command.ts';
import {
  BUSINESS_BASIC, BUSINESS_BASIC_ADDON, CUSTOMER, connectedSandbox, expectFailure, jsonLines, requestLogText,
} from './fixtures-carts/helpers.ts';

const bin = commandFolder();

function runScript(script: string, env: Record<string, string>, cwd: string): Promise<CommandResult> {
  return runBash(script, { bin, env, cwd });
}

/** `$item | ConvertTo-Json -Depth 5` of a PSCartLineItem built with New-Object (pwsh 7 layout: two-space indent, nulls written). */
const CONVERTTO_JSON = `{
  "AddonItems": [
    {
      "AddonItems": null,
      "AttestationAccepted": null,
      "BillingCycle": 2,
      "CatalogItemId": "${BUSINESS_BASIC_ADDON}",
      "CurrencyCode": null,
      "CustomTermEndDate": null,
      "Error": null,
      "FriendlyName": null,
      "Id": 0,
      "OrderGroup": null,
      "Participants": null,
      "PromotionId": null,
      "ProvisioningContext": null,
      "Quantity": 1,
      "RenewsTo": null,
      "TermDuration": "P1Y"
    }
  ],
  "AttestationAccepted": null,
  "BillingCycle": 2,
  "CatalogItemId": "${BUSINESS_BASIC}",
  "CurrencyCode": null,
  "CustomTermEndDate": null,
  "Error": null,
  "FriendlyName": null,
  "Id": 0,
  "OrderGroup": null,
  "Participants": [
    {
      "Key": 1,
      "Value": "5357564"
    }
  ],
  "PromotionId": null,
  "ProvisioningContext": {},
  "Quantity": 2,
  "RenewsTo": {
    "TermDuration": "P1Y"
  },
  "TermDuration": "P1Y"
}`;

test('ConvertTo-Json output with nulls and numeric enums creates the cart from bash: @file, "$(cat …)" and a pipe through -', async () => {
  const sandbox = await connectedSandbox();
  const cwd = mkdtempSync(join(tmpdir(), 'pcsh-e2e-cwd-'));
  writeFileSync(join(cwd, 'item.json'), `${CONVERTTO_JSON}\n`);
  const result = await runScript([
    'set -euo pipefail',
    `New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems @item.json`,
    `New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems "[$(cat item.json)]"`,
    `cat item.json | New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems -`,
  ].join('\n'), sandbox.env, cwd);
  assert.is(result.code, 0, `exit ${result.code}:\n${result.stderr}`);
  const carts = jsonLines(result);
  assert.is(carts.length, 3, result.stdout);
  for (const cart of carts) {
    assert.is(cart.Status, 'Active');
    const [item] = cart.LineItems;
    assert.is(item.CatalogItemId, BUSINESS_BASIC);
    assert.is(item.BillingCycle, 'Annual');
    assert.is(item.Quantity, 2);
    assert.equal(item.Participants, [{ Key: 'TransactionReseller', Value: '5357564' }]);
    assert.equal(item.RenewsTo, { TermDuration: 'P1Y' });
    assert.is(item.AddonItems.length, 1);
    assert.is(item.AddonItems[0].CatalogItemId, BUSINESS_BASIC_ADDON);
    assert.is(item.AddonItems[0].BillingCycle, 'Annual');
    assert.is(item.AddonItems[0].Error, undefined, JSON.stringify(item.AddonItems[0]));
    assert.is(typeof item.FriendlyName, 'string'); // the emulator names the item; the null was not sent
  }
  assert.is(result.stderr, '');
});

test('a null required property is a validation error naming it: exit 2, nothing sent', async () => {
  const sandbox = await connectedSandbox();
  const cwd = mkdtempSync(join(tmpdir(), 'pcsh-e2e-cwd-'));
  const before = requestLogText(sandbox.dataDir);
  for (const [property, replacement] of [['Quantity', '"Quantity": null'], ['BillingCycle', '"BillingCycle": null'], ['CatalogItemId', '"CatalogItemId": null']] as const) {
    const json = CONVERTTO_JSON.replace(new RegExp(`^  "${property}": .*,$`, 'm'), `  ${replacement},`);
    assert.ok(json.includes(`  ${replacement},`), property);
    writeFileSync(join(cwd, 'item.json'), json);
    const result = await runScript(`New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems @item.json`, sandbox.env, cwd);
    expectFailure(result, 2, new RegExp(`^New-PartnerCustomerCart: Cannot validate argument on parameter 'LineItems'\\. LineItems\\[0\\]\\.${property} is \\$null: CatalogItemId, Quantity, BillingCycle are required`), property);
    assert.is(result.stdout, '');
  }
  // the add-on's required properties too
  writeFileSync(join(cwd, 'item.json'), CONVERTTO_JSON.replace('"Quantity": 1,', '"Quantity": null,'));
  const addon = await runScript(`New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems @item.json`, sandbox.env, cwd);
  expectFailure(addon, 2, /LineItems\[0\]\.AddonItems\[0\]\.Quantity is \$null/, 'add-on Quantity');
  assert.is(requestLogText(sandbox.dataDir), before, 'a request was sent');
});

test.run();
