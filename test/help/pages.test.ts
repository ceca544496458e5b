/** The help pages themselves: they read cleanly and carry the original module's parameter facts. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cmdletMetadata } from '../../src/cmdlets/metadata.ts';
import { ALL_PARAMETER_SETS, type CmdletInfo } from '../../src/registry/model.ts';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import { readHelpFile } from '../../src/registry/read-help-file.ts';
import { HELP_DIR, loadCmdlet } from './load-pages.ts';
import { realRegistry as loadRegistry } from '../fixtures/real-registry.ts';

const registry = loadRegistry();
const CART = ['New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Get-PartnerCustomerCart', 'Submit-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem'];
const param = (c: CmdletInfo, name: string) => {
  const p = c.parameters.find((x) => x.name === name);
  if (!p) throw new Error(`${c.name} has no -${name}`);
  return p;
};
const sets = (c: CmdletInfo, name: string) => param(c, name).parameterSets.map((e) => `${e.name}:${e.required}`);

test('every page reads without diagnostics', () => {
  for (const source of readHelpDir(HELP_DIR)) {
    assert.equal(readHelpFile(source.name, source.text).diagnostics, [], source.name);
  }
});

test('one page per cmdlet of the metadata, and the module page lists each with its synopsis', () => {
  assert.equal(registry.cmdlets.map((c) => c.name).sort(), cmdletMetadata.map((m) => m.name).sort());
  const listed = registry.module?.cmdlets ?? [];
  assert.equal(listed.map((c) => c.name).sort(), registry.cmdlets.map((c) => c.name).sort());
  for (const entry of listed) assert.is(entry.synopsis, registry.cmdlets.find((c) => c.name === entry.name)?.synopsis, entry.name);
});

test('front matter of every cmdlet page', () => {
  for (const c of registry.cmdlets) {
    assert.is(c.frontMatter['external help file'], 'pcsh-help.xml', c.name);
    assert.is(c.frontMatter['Module Name'], 'PartnerCenter', c.name);
    assert.is(c.frontMatter['schema'], '2.0.0', c.name);
    // No page names an address: there is no published pcsh site, and Microsoft's pages describe the original module.
    assert.is(c.onlineVersion, null, c.name);
  }
});

test('cart cmdlets: parameter names, types and Required as in the original module, plus the documented extensions', () => {
  const expected: Record<string, [string, string][]> = {
    // pcsh extension (README "Where pcsh differs from PowerShell, on purpose"): the cart-level attestation of create-a-cart
    'New-PartnerCustomerCart': [['CustomerId', 'String'], ['LineItems', 'PSCartLineItem[]'], ['PartnerOnRecordAttestationAccepted', 'SwitchParameter']],
    'Set-PartnerCustomerCart': [['CartId', 'String'], ['CustomerId', 'String'], ['LineItems', 'PSCartLineItem[]']],
    'Get-PartnerCustomerCart': [['CartId', 'String'], ['CustomerId', 'String']],
    'Submit-PartnerCustomerCart': [['CartId', 'String'], ['CustomerId', 'String']],
    'Add-PartnerCustomerCartLineItem': [['CartId', 'String'], ['CustomerId', 'String'], ['LineItem', 'PSCartLineItem']],
  };
  for (const [name, params] of Object.entries(expected)) {
    const c = loadCmdlet(name);
    const own = c.parameters.filter((p) => p.name !== 'WhatIf' && p.name !== 'Confirm');
    assert.equal(own.map((p) => [p.name, p.type]), params, name);
    for (const p of own) {
      const required = p.name !== 'PartnerOnRecordAttestationAccepted';
      assert.equal(sets(c, p.name), [`${ALL_PARAMETER_SETS}:${required}`], `${name} -${p.name}`);
    }
  }
});

test('-WhatIf (wi) and -Confirm (cf) on every cmdlet that changes something, not on Get-*', () => {
  for (const c of registry.cmdlets) {
    const changes = !c.name.startsWith('Get-');
    assert.is(c.supportsShouldProcess, changes, c.name);
    if (!changes) continue;
    assert.equal(param(c, 'WhatIf').aliases, ['wi'], c.name);
    assert.equal(param(c, 'Confirm').aliases, ['cf'], c.name);
    assert.is(param(c, 'WhatIf').type, 'SwitchParameter');
  }
});

test('Connect-PartnerCenter: the five sets, per-set Required, aliases, environments', () => {
  const c = loadCmdlet('Connect-PartnerCenter');
  assert.equal(c.parameterSets, ['User', 'AccessToken', 'RefreshToken', 'ServicePrincipalCertificate', 'ServicePrincipal']);
  assert.is(c.defaultParameterSet, 'User');
  assert.equal(sets(c, 'Tenant'), ['User:false', 'AccessToken:false', 'RefreshToken:false', 'ServicePrincipalCertificate:true', 'ServicePrincipal:true']);
  assert.equal(param(c, 'Tenant').aliases, ['Domain', 'TenantId']);
  assert.equal(sets(c, 'CertificateThumbprint'), ['RefreshToken:false', 'ServicePrincipalCertificate:true']);
  assert.equal(sets(c, 'Credential'), ['RefreshToken:false', 'ServicePrincipal:true']);
  assert.equal(sets(c, 'ServicePrincipal'), ['ServicePrincipalCertificate:false', 'ServicePrincipal:true']);
  assert.equal(sets(c, 'ApplicationId'), ['RefreshToken:true', 'ServicePrincipalCertificate:true']);
  assert.equal(sets(c, 'AccessToken'), ['AccessToken:true']);
  assert.equal(sets(c, 'RefreshToken'), ['RefreshToken:true']);
  assert.equal(param(c, 'UseDeviceAuthentication').aliases, ['Device', 'DeviceAuth', 'DeviceCode']);
  assert.is(param(c, 'Credential').type, 'PSCredential');
  assert.is(param(c, 'Environment').type, 'EnvironmentName');
  assert.equal(param(c, 'Environment').acceptedValues, ['AzureCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzurePPE', 'AzureUSGovernment', 'Emulator']);
  for (const variable of ['PCSH_CLIENT_SECRET', 'PCSH_ACCESS_TOKEN', 'PCSH_CERTIFICATE_PATH', 'PCSH_ENDPOINT', 'PCSH_AUTHORITY_HOST']) {
    assert.match(c.description, variable);
  }
});

test('Get-Help and Get-Command parameters', () => {
  const help = loadCmdlet('Get-Help');
  assert.equal(help.parameterSets, ['AllUsersView', 'DetailedView', 'Examples', 'Parameters', 'Online']);
  assert.equal(param(help, 'Name').parameterSets, [{ name: ALL_PARAMETER_SETS, required: false, position: 0 }]);
  assert.equal(sets(help, 'Full'), ['AllUsersView:false']);
  assert.equal(sets(help, 'Detailed'), ['DetailedView:true']);
  assert.equal(sets(help, 'Examples'), ['Examples:true']);
  assert.equal(sets(help, 'Parameter'), ['Parameters:true']);
  assert.equal(sets(help, 'Online'), ['Online:true']);
  const command = loadCmdlet('Get-Command');
  assert.equal(command.parameters.map((p) => [p.name, p.type]), [['Name', 'String[]'], ['Verb', 'String[]'], ['Noun', 'String[]'], ['Syntax', 'SwitchParameter']]);
  assert.is(param(command, 'Name').parameterSets[0]?.position, 0);
  assert.ok(param(command, 'Name').acceptsWildcards);
});

test('cart examples: the same call from pwsh and from bash, no seed typos', () => {
  for (const name of CART) {
    const c = loadCmdlet(name);
    const blocks = c.examples.flatMap((e) => e.code);
    assert.ok(blocks.some((b) => b.lang === 'powershell'), `${name}: no powershell example`);
    assert.ok(blocks.some((b) => b.lang === 'bash'), `${name}: no bash example`);
    for (const block of blocks) {
      assert.not.match(block.text, /\$\w+\.\w+ \d/, `${name}: property set without '='`);
      if (block.lang !== 'powershell') continue;
      for (const line of block.text.split('\n')) assert.ok(line.startsWith('PS C:\\> '), `${name}: ${line}`);
    }
  }
});

test('outputs name the PS model types', () => {
  const outputs = (n: string) => loadCmdlet(n).outputs.map((o) => o.type);
  for (const n of ['New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Get-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem']) {
    assert.equal(outputs(n), ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'], n);
  }
  assert.equal(outputs('Submit-PartnerCustomerCart'), ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult']);
  assert.equal(outputs('Connect-PartnerCenter'), ['Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext']);
});

test.run();
