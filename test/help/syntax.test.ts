import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderSyntax, syntaxLines } from '../../src/help/index.ts';
import { syntaxToken } from '../../src/help/syntax.ts';
import { cmdlet, parameter } from './fixtures.ts';
import { loadCmdlet } from './load-pages.ts';

const forms: [string, ReturnType<typeof parameter>, string][] = [
  ['required named', parameter('CustomerId', 'String', [{ required: true }]), '-CustomerId <String>'],
  ['optional named', parameter('Tenant', 'String'), '[-Tenant <String>]'],
  ['required positional', parameter('Name', 'String', [{ required: true, position: 0 }]), '[-Name] <String>'],
  ['optional positional', parameter('Name', 'String[]', [{ position: 0 }]), '[[-Name] <String[]>]'],
  ['optional switch', parameter('WhatIf', 'SwitchParameter'), '[-WhatIf]'],
  ['required switch', parameter('ServicePrincipal', 'SwitchParameter', [{ required: true }]), '-ServicePrincipal'],
  ['accepted values', parameter('Environment', 'EnvironmentName', [{}], { acceptedValues: ['A', 'B'] }), '[-Environment {A | B}]'],
  ['required accepted values', parameter('Mode', 'String', [{ required: true }], { acceptedValues: ['X', 'Y'] }), '-Mode {X | Y}'],
];

for (const [label, p, expected] of forms) {
  test(`syntax form: ${label}`, () => {
    const entry = p.parameterSets[0];
    assert.ok(entry);
    assert.is(syntaxToken(p, entry), expected);
  });
}

test('one line per set in document order, positional first, WhatIf/Confirm last, CommonParameters at the end', () => {
  const c = cmdlet(
    'Get-Thing',
    [
      parameter('Confirm', 'SwitchParameter'),
      parameter('Id', 'String', [{ name: 'ById', required: true }]),
      parameter('Name', 'String', [{ name: 'ByName', position: 0 }]),
      parameter('WhatIf', 'SwitchParameter'),
      parameter('Force', 'SwitchParameter'),
    ],
    { parameterSets: ['ByName', 'ById'] },
  );
  assert.equal(syntaxLines(c), [
    'Get-Thing [[-Name] <String>] [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]',
    'Get-Thing -Id <String> [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]',
  ]);
});

test('without common parameters the line has no [<CommonParameters>]', () => {
  const c = cmdlet('Get-Thing', [parameter('Id', 'String')], { supportsCommonParameters: false });
  assert.equal(syntaxLines(c), ['Get-Thing [-Id <String>]']);
});

test('a cmdlet with no parameters', () => {
  assert.equal(syntaxLines(cmdlet('Get-Nothing', [])), ['Get-Nothing [<CommonParameters>]']);
});

test('Connect-PartnerCenter: the five sets of the original module, default first', () => {
  const lines = syntaxLines(loadCmdlet('Connect-PartnerCenter')).map((l) => l.replace(/ \{[^}]*\}/g, ' <EnvironmentName>'));
  assert.equal(lines, [
    'Connect-PartnerCenter [-Environment <EnvironmentName>] [-Tenant <String>] [-UseDeviceAuthentication] [-WhatIf] [-Confirm] [<CommonParameters>]',
    'Connect-PartnerCenter -AccessToken <String> [-Environment <EnvironmentName>] [-Tenant <String>] [-WhatIf] [-Confirm] [<CommonParameters>]',
    'Connect-PartnerCenter -ApplicationId <String> [-CertificateThumbprint <String>] [-Credential <PSCredential>] [-Environment <EnvironmentName>] -RefreshToken <String> [-Tenant <String>] [-WhatIf] [-Confirm] [<CommonParameters>]',
    'Connect-PartnerCenter -ApplicationId <String> -CertificateThumbprint <String> [-Environment <EnvironmentName>] [-ServicePrincipal] -Tenant <String> [-WhatIf] [-Confirm] [<CommonParameters>]',
    'Connect-PartnerCenter -Credential <PSCredential> [-Environment <EnvironmentName>] -ServicePrincipal -Tenant <String> [-WhatIf] [-Confirm] [<CommonParameters>]',
  ]);
});

test('the syntax derived from the parameters agrees with each page\'s SYNTAX block', () => {
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const name of ['New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Get-PartnerCustomerCart', 'Submit-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem', 'Disconnect-PartnerCenter', 'Get-Help', 'Get-Command']) {
    const c = loadCmdlet(name);
    const derived = syntaxLines(c).map((l) => l.replace(/ \{[^}]*\}/g, ''));
    assert.equal(derived, c.syntax.map((b) => normalise(b.text)), name);
  }
});

test('renderSyntax (Get-Command -Syntax): blank line, then each set wrapped and followed by a blank line', () => {
  const c = cmdlet('Get-Thing', [parameter('Id', 'String', [{ required: true }])]);
  assert.is(renderSyntax(c, 80), '\nGet-Thing -Id <String> [<CommonParameters>]\n\n');
  const wrapped = renderSyntax(c, 30).split('\n');
  assert.equal(wrapped, ['', 'Get-Thing -Id <String>', '[<CommonParameters>]', '', '']);
});

test.run();
