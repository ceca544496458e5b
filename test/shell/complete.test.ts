/**
 * The completion function as a table: words typed so far → candidates, against the built registry
 * (so cmdlets added later are covered by the same rules) with fixed recent ids and a fixed folder.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { complete } from '../../src/shell/complete.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import type { RecentIds } from '../../src/shell/recent-ids.ts';

const root = new URL('../..', import.meta.url).pathname;
const registry = loadRegistry(join(root, 'dist', 'registry.json'));
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const OTHER_CUSTOMER = '0b5c7a4e-1111-4f4f-9a9a-222222222222';
const CART = 'a1b2c3d4-0000-4000-8000-000000000001';
const recent: RecentIds = { customerIds: [CUSTOMER, OTHER_CUSTOMER], cartIds: [CART] };
const folders: Record<string, string[]> = { '.': ['items.json', 'carts/', '.hidden.json'], 'carts/': ['big.json', 'small.json'] };
const sources = { registry, recent, listDirectory: (dir: string) => folders[dir] ?? [] };

const COMMON = ['-Verbose', '-Debug', '-ErrorAction', '-WarningAction', '-InformationAction', '-ProgressAction', '-ErrorVariable',
  '-WarningVariable', '-InformationVariable', '-OutVariable', '-OutBuffer', '-PipelineVariable'];
const cmdletNames = registry.cmdlets.map((c) => c.name);
const HOST = ['completion', 'emulator', 'help', 'host', 'pwsh-module', 'registry', 'trace-binding'];
const SP = ['-WhatIf', '-Confirm'];
const ENVIRONMENTS = ['AzureCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzurePPE', 'AzureUSGovernment', 'Emulator'];

const table: [string, string[], string[]][] = [
  ['pcsh <TAB>: every cmdlet, then the host commands', ['pcsh', ''], [...cmdletNames, ...HOST]],
  ['pcsh new<TAB>: case-insensitive', ['pcsh', 'new'], ['New-PartnerCustomerCart']],
  ['a path to pcsh works too', ['/usr/local/bin/pcsh', 'Sub'], ['Submit-PartnerCustomerCart']],
  ['pcsh completion <TAB>', ['pcsh', 'completion', ''], ['bash', 'zsh', 'fish', '--install']],
  ['pcsh emulator <TAB>', ['pcsh', 'emulator', ''], ['start']],
  ['pcsh --format <TAB>', ['pcsh', '--format', ''], ['json', 'list', 'table']],
  ['pcsh --format json <Cmdlet> -<TAB>', ['pcsh', '--format', 'json', 'Get-PartnerCustomerCart', '-Ca'], ['-CartId']],
  ['pcsh --format=table <TAB>: cmdlets', ['pcsh', '--format=table', 'Get-C'], ['Get-Command']],
  ['pcsh trace-binding <TAB>: cmdlets only', ['pcsh', 'trace-binding', 'Sub'], ['Submit-PartnerCustomerCart']],
  ['pcsh trace-binding <Cmdlet> -<TAB>', ['pcsh', 'trace-binding', 'New-PartnerCustomerCart', '-L'], ['-LineItems']],
  ['an unknown command completes nothing', ['Get-Nothing', '-'], []],
  ['-Cu<TAB>', ['New-PartnerCustomerCart', '-Cu'], ['-CustomerId']],
  ['-cu<TAB>: case-insensitive', ['New-PartnerCustomerCart', '-cu'], ['-CustomerId']],
  ['through pcsh <Cmdlet>', ['pcsh', 'New-PartnerCustomerCart', '-Li'], ['-LineItems']],
  ['-<TAB>: own, common, then ShouldProcess parameters, no aliases', ['New-PartnerCustomerCart', '-'], ['-CustomerId', '-LineItems', ...COMMON, ...SP]],
  ['a named parameter is not offered again', ['New-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-'], ['-LineItems', ...COMMON, ...SP]],
  ['aliases once a letter is typed', ['Connect-PartnerCenter', '-De'], ['-Device', '-DeviceAuth', '-DeviceCode', '-Debug']],
  ['common parameter aliases', ['Get-PartnerCustomerCart', '-e'], ['-ErrorAction', '-ea', '-ErrorVariable', '-ev']],
  ['-Tenant aliases', ['Connect-PartnerCenter', '-T'], ['-Tenant', '-TenantId']],
  ['after -AccessToken only its set\'s parameters', ['Connect-PartnerCenter', '-AccessToken', 'x', '-'], ['-Environment', '-Tenant', ...COMMON, ...SP]],
  ['after -RefreshToken: its set', ['Connect-PartnerCenter', '-RefreshToken', 'x', '-'], [
    '-ApplicationId', '-CertificateThumbprint', '-Credential', '-Environment', '-Tenant', ...COMMON, ...SP,
  ]],
  ['-ServicePrincipal narrows to two sets', ['Connect-PartnerCenter', '-ServicePrincipal', '-C'], ['-CertificateThumbprint', '-Credential', '-Confirm', '-cf']],
  ['a prefix of a parameter counts as naming it', ['Connect-PartnerCenter', '-Access', 'x', '-Ref'], []],
  ['-Environment <TAB>: accepted values', ['Connect-PartnerCenter', '-Environment', ''], ENVIRONMENTS],
  ['-Environment em<TAB>', ['Connect-PartnerCenter', '-Environment', 'em'], ['Emulator']],
  ['-ErrorAction <TAB>: the ActionPreference values pcsh takes', ['New-PartnerCustomerCart', '-ErrorAction', ''],
    ['Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop']],
  ['-wa s<TAB> through the alias', ['New-PartnerCustomerCart', '-wa', 's'], ['SilentlyContinue', 'Stop']],
  ['-Confirm:<TAB>', ['Submit-PartnerCustomerCart', '-Confirm:'], ['-Confirm:$true', '-Confirm:$false']],
  ['-WhatIf:$f<TAB>', ['Submit-PartnerCustomerCart', '-WhatIf:$f'], ['-WhatIf:$false']],
  ['-cf:<TAB> through the alias', ['Submit-PartnerCustomerCart', '-cf:'], ['-cf:$true', '-cf:$false']],
  ['a switch takes no value: the next word is a parameter', ['Submit-PartnerCustomerCart', '-WhatIf', '-Cu'], ['-CustomerId']],
  ['-CustomerId <TAB>: recent customer ids, newest first', ['Get-PartnerCustomerCart', '-CustomerId', ''], [CUSTOMER, OTHER_CUSTOMER]],
  ['-CustomerId 46<TAB>', ['Get-PartnerCustomerCart', '-CustomerId', '46'], [CUSTOMER]],
  ['-CartId <TAB>: recent cart ids', ['Submit-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-CartId', ''], [CART]],
  ['-LineItems @<TAB>: files, no hidden ones', ['New-PartnerCustomerCart', '-LineItems', '@'], ['@items.json', '@carts/']],
  ['-LineItems @.<TAB>: hidden ones when asked', ['New-PartnerCustomerCart', '-LineItems', '@.'], ['@.hidden.json']],
  ['-LineItems @carts/s<TAB>: inside a folder', ['New-PartnerCustomerCart', '-LineItems', '@carts/s'], ['@carts/small.json']],
  ['-LineItem @<TAB> on Add-PartnerCustomerCartLineItem', ['Add-PartnerCustomerCartLineItem', '-LineItem', '@i'], ['@items.json']],
  ['BillingCycle inside a line-item hashtable', ['New-PartnerCustomerCart', '-LineItems', "@{CatalogItemId='X'; BillingCycle='m"],
    ["@{CatalogItemId='X'; BillingCycle='Monthly"]],
  ['BillingCycle= without quotes', ['New-PartnerCustomerCart', '-LineItems', '@{BillingCycle=O'], ['@{BillingCycle=OneTime']],
  ['@{ is a literal, never a path', ['New-PartnerCustomerCart', '-LineItems', '@{'], []],
  ['Get-Help <TAB>: parameters, then command names for -Name', ['Get-Help', ''],
    ['-Name', '-Full', '-Detailed', '-Examples', '-Parameter', '-Online', ...COMMON, ...cmdletNames]],
  ['Get-Help sub<TAB>: a command name', ['Get-Help', 'sub'], ['Submit-PartnerCustomerCart']],
  ['Get-Command -Name c<TAB>', ['Get-Command', '-Name', 'c'], ['Connect-PartnerCenter']],
  ['Get-Help <Cmdlet> -Parameter <TAB>: that cmdlet\'s parameters', ['Get-Help', 'Submit-PartnerCustomerCart', '-Parameter', ''],
    ['CartId', 'CustomerId', 'Confirm', 'WhatIf']],
  ['Get-Help -Parameter c<TAB> -Name <Cmdlet> named', ['Get-Help', '-Name', 'New-PartnerCustomerCart', '-Parameter', 'c'], ['CustomerId', 'Confirm']],
  ['a word bound by position is not offered again as a parameter', ['Get-Help', 'Get-Command', '-N'], []],
  ['after --, nothing is a parameter', ['New-PartnerCustomerCart', '--', '-C'], []],
  ['after --, a positional value still completes', ['Get-Help', '--', 'Get-H'], ['Get-Help']],
];

for (const [name, words, expected] of table) {
  test(name, () => {
    assert.equal(complete(words, sources), expected);
  });
}

test('no recent ids: -CustomerId completes nothing (a TAB never asks Partner Center)', () => {
  assert.equal(complete(['Get-PartnerCustomerCart', '-CustomerId', ''], { ...sources, recent: { customerIds: [], cartIds: [] } }), []);
});

test('every cmdlet in the registry is completed by name and gets its own parameters', () => {
  for (const cmdlet of registry.cmdlets) {
    assert.ok(complete(['pcsh', cmdlet.name.slice(0, -1)], sources).includes(cmdlet.name), cmdlet.name);
    const own = cmdlet.parameters.filter((p) => p.name !== 'WhatIf' && p.name !== 'Confirm').map((p) => `-${p.name}`);
    const offered = complete([cmdlet.name, '-'], sources);
    assert.ok(own.every((p) => offered.includes(p) || cmdlet.parameterSets.length > 0), cmdlet.name);
  }
});

test.run();
