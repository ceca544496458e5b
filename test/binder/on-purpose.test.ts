/**
 * Pins each difference from PowerShell that README "Where pcsh differs from PowerShell, on
 * purpose" lists: pcsh's answer in-process, and the differential's classifier (deliberate.ts)
 * naming it when it meets pwsh's answer (recorded from pwsh 7.6.9).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { traceBinding } from '../../src/binder/index.ts';
import { cmdlet, loadCmdlets, testIo } from './registry.ts';
import { deliberateDifference } from './differential/deliberate.ts';
import type { PcshAnswer } from './differential/compare.ts';
import type { PwshAnswer } from './differential/pwsh-oracle.ts';

const cmdlets = loadCmdlets();
const G = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const LI = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'}";
const ITEM = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem';
const ENV = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName';

function pcsh(name: string, argv: string[]): PcshAnswer {
  const answer = JSON.parse(traceBinding(cmdlet(cmdlets, name), name, argv, testIo).json) as PcshAnswer & { command?: string };
  delete answer.command;
  return answer;
}

function pinned(title: string, name: string, argv: string[], check: (answer: PcshAnswer) => void, pwsh: PwshAnswer, difference: string): void {
  test(title, () => {
    const answer = pcsh(name, argv);
    check(answer);
    assert.is(deliberateDifference({ cmdlet: name, argv, family: 'pinned' }, answer, pwsh), difference);
  });
}

const bound = (expected: Record<string, unknown>) => (answer: PcshAnswer) => {
  assert.ok('bound' in answer, JSON.stringify(answer));
  for (const [k, v] of Object.entries(expected)) assert.equal(answer.bound[k], v, k);
};
const error = (errorId: string, pattern: RegExp) => (answer: PcshAnswer) => {
  assert.ok('errorId' in answer, JSON.stringify(answer));
  assert.is(answer.errorId, errorId);
  assert.match(answer.message, pattern);
};
const pwshError = (errorId: string, message: string): PwshAnswer => ({ errorId: `${errorId},Pcsh.Differential.Commands.StandIn0`, message, stage: 'bind' });

pinned('-WhatIf:False as a bare word binds (bash turns $false into nothing)', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', LI, '-WhatIf:False'],
  bound({ WhatIf: false }), pwshError('CannotConvertArgument', "Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter' required by parameter 'WhatIf'. "),
  'A bare True/False after a switch colon (-WhatIf:False) binds');

pinned('-Name: with nothing after it gets a line for POSIX shells', 'Get-PartnerCustomerCart', ['-CustomerId', G, '-CartId:'],
  error('ParameterRequiresArgument', /^Parameter -CartId: requires an argument\.\nIf you typed -CartId:\$variable in bash/),
  pwshError('ParameterRequiresArgument', 'Parameter -CartId: requires an argument.'), 'ParameterRequiresArgument adds a line for POSIX shells');

pinned('an unknown name suggests the closest one', 'Get-Command', ['-Nope'],
  error('NamedParameterNotFound', /^A parameter cannot be found that matches parameter name 'Nope'\.\nDid you mean -Name\?$/),
  pwshError('NamedParameterNotFound', "A parameter cannot be found that matches parameter name 'Nope'."), 'NamedParameterNotFound suggests the closest parameter name');

pinned('Emulator is an environment', 'Connect-PartnerCenter', ['-Environment', 'Emulator'], bound({ Environment: 'Emulator' }),
  pwshError('CannotConvertArgumentNoMessage', `Cannot bind parameter 'Environment'. Cannot convert value "Emulator" to type "${ENV}". Error: "Unable to match the identifier name Emulator to a valid enumerator name. Specify one of the following enumerator names and try again:\nAzureCloud, AzureChinaCloud, AzureGermanCloud, AzurePPE, AzureUSGovernment"`),
  'Emulator is an EnvironmentName value');

pinned('Break is refused: pcsh has no debugger outside pwsh', 'Get-PartnerCustomerCart', ['-CustomerId', G, '-CartId', 'c', '-ea', 'Break'],
  error('ParameterArgumentTransformationError', /The value Break enters the PowerShell debugger/), { parameterSet: '__AllParameterSets', bound: { ErrorAction: 'Break' } },
  'Break is refused without a debugger');

pinned('-Credential takes the user name; the secret never comes from argv', 'Connect-PartnerCenter', ['-ServicePrincipal', '-Tenant', 't', '-Credential', 'app'],
  bound({ Credential: { UserName: 'app' } }),
  pwshError('CannotConvertArgumentNoMessage', 'Cannot bind parameter \'Credential\'. Cannot convert the value of type "System.String" to type "System.Management.Automation.PSCredential".'),
  'A PSCredential parameter takes the user name from argv, never a secret');

pinned('Triennial, a newer billing cycle, binds', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Triennial'}"],
  bound({ LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Triennial' }] }),
  pwshError('CannotConvertArgumentNoMessage', `Cannot bind parameter 'LineItems'. Cannot create object of type "${ITEM}". Cannot convert value "Triennial" to type "Microsoft.Store.PartnerCenter.Models.Offers.BillingCycleType". Error: "Unable to match the identifier name Triennial to a valid enumerator name. Specify one of the following enumerator names and try again:\nUnknown, Monthly, Annual, None, OneTime"`),
  'Line items: hashtables for Participants, AddonItems, Error and ProvisioningContext, newer fields and values, and the line-item rules');

pinned('ProvisioningContext and Participants as hashtables bind', 'New-PartnerCustomerCart',
  ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='OneTime'; ProvisioningContext=@{scope='shared'}; Participants=@(@{Key='TransactionReseller'; Value='1'})}"],
  bound({ LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'OneTime', ProvisioningContext: { scope: 'shared' }, Participants: [{ Key: 'TransactionReseller', Value: '1' }] }] }),
  pwshError('CannotConvertArgumentNoMessage', `Cannot bind parameter 'LineItems'. Cannot create object of type "${ITEM}". "ProvisioningContext" is a ReadOnly property.`),
  'Line items: hashtables for Participants, AddonItems, Error and ProvisioningContext, newer fields and values, and the line-item rules');

pinned('the line-item rules run before anything is sent', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', '@{}'],
  error('ParameterArgumentValidationError', /LineItems\[0\] is missing the required property CatalogItemId/), { parameterSet: '__AllParameterSets', bound: { LineItems: [{}] } },
  'Line items: hashtables for Participants, AddonItems, Error and ProvisioningContext, newer fields and values, and the line-item rules');

pinned('a .NET type name (what pwsh hands a native program) gets advice', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', 'System.Collections.Hashtable'],
  error('ParameterArgumentTransformationError', /is the name of a \.NET type, not the object itself/),
  pwshError('CannotConvertArgumentNoMessage', `Cannot bind parameter 'LineItems'. Cannot convert the "System.Collections.Hashtable" value of type "System.String" to type "${ITEM}".`),
  'A value that is a .NET type name gets advice');

pinned('a literal is read when its parameter binds; bare words inside a hashtable are text', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', '@{CatalogItemId=A:1:2; Quantity=3; BillingCycle=Annual}'],
  bound({ LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 3, BillingCycle: 'Annual' }] }),
  pwshError('CommandNotFoundException', "The term 'A:1:2' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."),
  'Literals are read when their parameter binds, bare words inside them too');

test('JSON, @file and - (stdin) give structured values (inputs pwsh has no word for: not in the differential)', () => {
  for (const value of ['{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly"}', '-']) {
    const answer = pcsh('New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', value]);
    assert.ok('bound' in answer, `${value}: ${JSON.stringify(answer)}`);
  }
});

test('$null for TermDuration leaves it unset (pwsh sets an empty string, which is no valid term to send)', () => {
  bound({ LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly' }] })(
    pcsh('New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; TermDuration=$null}"]),
  );
});

test.run();
