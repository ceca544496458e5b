/**
 * One table-driven test per row of issue 10's table (seen in real pwsh 7.6.9): each input through
 * the binder in-process, compared with pwsh's answer exactly (error id and message, or bound values).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { traceBinding } from '../../src/binder/index.ts';
import { cmdlet, loadCmdlets, testIo } from './registry.ts';

const cmdlets = loadCmdlets();
const G = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const GET = ['-CustomerId', G, '-CartId', 'abc'];
const LI = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'}";
const ACTIONS = 'SilentlyContinue,Stop,Continue,Inquire,Ignore,Suspend,Break';
const AP = 'System.Management.Automation.ActionPreference';
const ITEM = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem';
const CYCLE = 'Microsoft.Store.PartnerCenter.Models.Offers.BillingCycleType';

function trace(name: string, argv: string[]): Record<string, unknown> {
  return JSON.parse(traceBinding(cmdlet(cmdlets, name), name, argv, testIo).json) as Record<string, unknown>;
}

type Row = [title: string, cmdlet: string, argv: string[], expect: { bound: Record<string, unknown> } | { errorId: string; message: string }];

const rows: Row[] = [
  ['-ea 0 binds SilentlyContinue', 'Get-PartnerCustomerCart', [...GET, '-ea', '0'], { bound: { ErrorAction: 'SilentlyContinue' } }],
  ['-ea:4 binds Ignore', 'Get-PartnerCustomerCart', [...GET, '-ea:4'], { bound: { ErrorAction: 'Ignore' } }],
  ['-ea 1 binds Stop', 'Get-PartnerCustomerCart', [...GET, '-ea', '1'], { bound: { ErrorAction: 'Stop' } }],
  ['-ea Si: a unique prefix', 'Get-PartnerCustomerCart', [...GET, '-ea', 'Si'], { bound: { ErrorAction: 'SilentlyContinue' } }],
  ['-ErrorAction 1,2 combines to Inquire', 'Get-PartnerCustomerCart', [...GET, '-ErrorAction', '1,2'], { bound: { ErrorAction: 'Inquire' } }],
  ['-ea S is too similar', 'Get-PartnerCustomerCart', [...GET, '-ea', 'S'], {
    errorId: 'CannotConvertArgumentNoMessage',
    message: `Cannot bind parameter 'ErrorAction'. Cannot convert value "S" to type "${AP}". Error: "The identifier name S cannot be processed because it is either too similar or identical to the following enumerator names: SilentlyContinue, Stop, Suspend. Use a more specific identifier name."`,
  }],
  ['-ea 5 is Suspend: ParameterBindingFailed', 'Get-PartnerCustomerCart', [...GET, '-ea', '5'], {
    errorId: 'ParameterBindingFailed',
    message: `Cannot bind parameter 'ErrorAction' to the target. Exception setting "ErrorAction": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`,
  }],
  ['-ea $null: ParameterBindingFailed', 'Get-PartnerCustomerCart', [...GET, '-ea', '$null'], {
    errorId: 'ParameterBindingFailed',
    message: `Cannot bind parameter 'ErrorAction' to the target. Exception setting "ErrorAction": "Cannot convert null to type "${AP}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${ACTIONS}"."`,
  }],
  ['-ea 7: no such value', 'Get-PartnerCustomerCart', [...GET, '-ea', '7'], {
    errorId: 'CannotConvertArgumentNoMessage',
    message: `Cannot bind parameter 'ErrorAction'. Cannot convert value "7" to type "${AP}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${ACTIONS}".`,
  }],
  ...(['007', '0x10', '1e3', '1.0', '-.5', '-0'].map((text): Row => [`-CartId ${text} keeps its text`, 'Get-PartnerCustomerCart', ['-CustomerId', G, '-CartId', text], { bound: { CartId: text } }])),
  ...(['@()', "@('x')", 'a,b'].map((text): Row => [`-CartId ${text}: an array never binds to [string]`, 'Get-PartnerCustomerCart', ['-CustomerId', G, '-CartId', text], {
    errorId: 'CannotConvertArgument',
    message: "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'CartId'. Specified method is not supported.",
  }])),
  ['two line items for -LineItem', 'Add-PartnerCustomerCartLineItem', ['-CartId', 'c', '-CustomerId', G, '-LineItem', `${LI},${LI}`], {
    errorId: 'CannotConvertArgument',
    message: `Cannot convert 'System.Object[]' to the type '${ITEM}' required by parameter 'LineItem'. Specified method is not supported.`,
  }],
  ['-Verbose:$null is present', 'Get-PartnerCustomerCart', [...GET, '-Verbose:$null'], { bound: { Verbose: true } }],
  ['-OutBuffer -1: ValidateRange', 'Get-PartnerCustomerCart', [...GET, '-OutBuffer', '-1'], {
    errorId: 'ParameterArgumentValidationError',
    message: "Cannot validate argument on parameter 'OutBuffer'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
  }],
  ...(['ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'PipelineVariable'].map((name): Row => [`-${name} '': ValidateVariableName`, 'Get-PartnerCustomerCart', [...GET, `-${name}`, "''"], {
    errorId: 'ParameterArgumentValidationError',
    message: `Cannot validate argument on parameter '${name}'. Cannot process argument because the value of argument "path" is not valid. Change the value of the "path" argument and run the operation again.`,
  }])),
  ['named arguments bind before unknown names are reported', 'Get-PartnerCustomerCart', ['-CustomerId', G, '-CartI:abc', '-ob', "'x'", '-Nope'], {
    errorId: 'CannotConvertArgumentNoMessage',
    message: `Cannot bind parameter 'OutBuffer'. Cannot convert value "x" to type "System.Int32". Error: "The input string 'x' was not in a correct format."`,
  }],
  ['-CartId: -CustomerId G: the token is the value, then G is a stray positional', 'Get-PartnerCustomerCart', ['-CartId:', '-CustomerId', G], {
    errorId: 'PositionalParameterNotFound', message: `A positional parameter cannot be found that accepts argument '${G}'.`,
  }],
  ['$null for a mandatory ValidatePattern parameter: the attribute speaks first', 'Get-PartnerCustomerCart', ['-CartId', 'abc', '-CustomerId', '$null'], {
    errorId: 'ParameterArgumentValidationError',
    message: "Cannot validate argument on parameter 'CustomerId'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.",
  }],
  ['$null for a mandatory ValidateNotNull parameter', 'Get-PartnerCustomerCart', ['-CustomerId', G, '-CartId', '$null'], {
    errorId: 'ParameterArgumentValidationError',
    message: "Cannot validate argument on parameter 'CartId'. The argument is null. Provide a valid value for the argument, and then try running the command again.",
  }],
  ['-LineItems 1', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', '1'], {
    errorId: 'CannotConvertArgumentNoMessage', message: `Cannot bind parameter 'LineItems'. Cannot convert the "1" value of type "System.Int32" to type "${ITEM}".`,
  }],
  ["-LineItems 'abc'", 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "'abc'"], {
    errorId: 'CannotConvertArgumentNoMessage', message: `Cannot bind parameter 'LineItems'. Cannot convert the "abc" value of type "System.String" to type "${ITEM}".`,
  }],
  ['-LineItems @($null): ValidateNotNull on an element', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', '@($null)'], {
    errorId: 'ParameterArgumentValidationError',
    message: "Cannot validate argument on parameter 'LineItems'. The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.",
  }],
  ['BillingCycle=9', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "@{CatalogItemId='x'; Quantity=5; BillingCycle=9}"], {
    errorId: 'CannotConvertArgumentNoMessage',
    message: `Cannot bind parameter 'LineItems'. Cannot create object of type "${ITEM}". Cannot convert value "9" to type "${CYCLE}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Unknown,Monthly,Annual,None,OneTime,Triennial,Biennial".`,
  }],
  ["Quantity='many'", 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "@{CatalogItemId='x'; Quantity='many'; BillingCycle='Monthly'}"], {
    errorId: 'CannotConvertArgumentNoMessage',
    message: `Cannot bind parameter 'LineItems'. Cannot create object of type "${ITEM}". Cannot convert value "many" to type "System.Int32". Error: "The input string 'many' was not in a correct format."`,
  }],
  ['FriendlyName=$null sets an empty string', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "@{CatalogItemId='x:1:2'; Quantity=5; BillingCycle='Monthly'; FriendlyName=$null}"], {
    bound: { LineItems: [{ CatalogItemId: 'x:1:2', Quantity: 5, BillingCycle: 'Monthly', FriendlyName: '' }] },
  }],
  ['Error=@{ErrorCode=10010} becomes InvalidInput', 'New-PartnerCustomerCart', ['-CustomerId', G, '-LineItems', "@{CatalogItemId='x:1:2'; Quantity=5; BillingCycle='Monthly'; Error=@{ErrorCode=10010}}"], {
    bound: { LineItems: [{ CatalogItemId: 'x:1:2', Quantity: 5, BillingCycle: 'Monthly', Error: { ErrorCode: 'InvalidInput' } }] },
  }],
  ["the positional error quotes '-Verbose' once", 'Get-PartnerCustomerCart', [...GET, '--', '-Verbose'], {
    errorId: 'PositionalParameterNotFound', message: "A positional parameter cannot be found that accepts argument '-Verbose'.",
  }],
];

for (const [title, name, argv, expect] of rows) {
  test(title, () => {
    const actual = trace(name, argv);
    if ('errorId' in expect) {
      assert.equal({ errorId: actual['errorId'], message: actual['message'] }, expect);
    } else {
      const bound = actual['bound'] as Record<string, unknown> | undefined;
      assert.ok(bound, JSON.stringify(actual));
      for (const [key, value] of Object.entries(expect.bound)) assert.equal(bound[key], value, key);
    }
  });
}

test.run();
