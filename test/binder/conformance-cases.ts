/**
 * The binding conformance table: argv → bound values and parameter set, or errorId + exact
 * message. Plain data so a pwsh run can replay it against the original module later (pwsh is
 * not installable on this build machine: it is not in the NuGet feed). Cases marked
 * `pcshOnly` use inputs pwsh itself cannot take from a native shell (JSON, @file, `-`,
 * bash-emptied `-Name:`) and are skipped by such a replay.
 */

export type Expectation =
  | { parameterSet: string; bound: Record<string, unknown> }
  | { errorId: string; message: string };

export interface ConformanceCase {
  cmdlet: string;
  argv: string[];
  expect: Expectation;
  pcshOnly?: boolean;
}

const G = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const CART = 'f5b2a0e1-6c3d-4f7a-8e9b-0a1b2c3d4e5f';
const ALL = '__AllParameterSets';
const PATTERN = '^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$';
const AMBIGUOUS_SET =
  'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.';
const ENVIRONMENTS = 'AzureCloud, AzureChinaCloud, AzureGermanCloud, AzurePPE, AzureUSGovernment, Emulator';
const CATALOGS = [
  'Azure', 'AzureReservations', 'AzureReservationsVM', 'AzureReservationsSQL', 'AzureReservationsCosmosDb', 'OnlineServices', 'Software',
  'SoftwareSUSELinux', 'SoftwarePerpetual', 'SoftwareSubscriptions',
].join(',');
const notInSet = (value: string, set: string) =>
  `The argument "${value}" does not belong to the set "${set}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`;
const CUS = 'Get-PartnerCustomer';
const PRD = 'Get-PartnerProduct';
const SKU = 'Get-PartnerProductSku';
const AV = 'Get-PartnerProductAvailability';
const ACTIONS = 'SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break';

const LI = "@{CatalogItemId='DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; Quantity=10; BillingCycle='OneTime'}";
const LI_BOUND = { CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', Quantity: 10, BillingCycle: 'OneTime' };
/** Every property of a PSCartLineItem as Get-PartnerCustomerCart writes it (src/partner-center/models.ts). */
const KNOWN_LINE_ITEM =
  'Known properties: Id, CatalogItemId, FriendlyName, Quantity, CurrencyCode, BillingCycle, TermDuration, PromotionId, Participants, ProvisioningContext, OrderGroup, AddonItems, RenewsTo, Error, CustomTermEndDate, AttestationAccepted';
/** Line items as `Get-PartnerCustomerCart … | jq -c .LineItems` prints them: server-set Id, CurrencyCode, OrderGroup, Error included. */
const READ_BACK = [
  {
    Id: 0, CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', FriendlyName: 'Seats', Quantity: 10, CurrencyCode: 'USD', BillingCycle: 'Annual', TermDuration: 'P1Y',
    Participants: [{ Key: 'TransactionReseller', Value: '5357564' }], ProvisioningContext: { note: 'kept' }, OrderGroup: '0',
    AddonItems: [{ Id: 0, CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K972', FriendlyName: 'Add-on', Quantity: 2, CurrencyCode: 'USD', BillingCycle: 'Annual', TermDuration: 'P1Y', ProvisioningContext: {}, OrderGroup: '0', Error: { ErrorCode: 'BaseOfferSeatQuantityNotMet', ErrorDescription: 'too many' } }],
    RenewsTo: { TermDuration: 'P1Y' },
  },
  {
    Id: 1, CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', FriendlyName: 'RI', Quantity: 10, CurrencyCode: 'USD', BillingCycle: 'OneTime',
    ProvisioningContext: { duration: '1Year', scope: 'shared' }, OrderGroup: '1',
    Error: { ErrorCode: 'InvalidInput', ErrorDescription: 'provisioningContext needs subscriptionId for DG7GMGF0DWTL:0001:DG7GMGF0DSJB.' },
  },
];
const LI2 = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}";
const LI2_BOUND = { CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', Quantity: 5, BillingCycle: 'Monthly', TermDuration: 'P1M' };

function ok(cmdlet: string, argv: string[], bound: Record<string, unknown>, parameterSet = ALL, pcshOnly = false): ConformanceCase {
  return { cmdlet, argv, expect: { parameterSet, bound }, ...(pcshOnly ? { pcshOnly } : {}) };
}

function fail(cmdlet: string, argv: string[], errorId: string, message: string, pcshOnly = false): ConformanceCase {
  return { cmdlet, argv, expect: { errorId, message }, ...(pcshOnly ? { pcshOnly } : {}) };
}

const notFound = (name: string, suggestion?: string) =>
  `A parameter cannot be found that matches parameter name '${name}'.${suggestion ? `\nDid you mean -${suggestion}?` : ''}`;
const ambiguous = (name: string, matches: string) =>
  `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${matches}.`;
const twice = (name: string) =>
  `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`;
const missingArg = (name: string, type: string) => `Missing an argument for parameter '${name}'. Specify a parameter of type '${type}' and try again.`;
const positional = (arg: string) => `A positional parameter cannot be found that accepts argument '${arg}'.`;
const missing = (names: string) => `Cannot process command because of one or more missing mandatory parameters: ${names}.`;
const noMatch = (value: string) =>
  `Cannot validate argument on parameter 'CustomerId'. The argument "${value}" does not match the "${PATTERN}" pattern. Supply an argument that matches "${PATTERN}" and try the command again.`;
const switchValue = (name: string, type = 'System.String') =>
  `Cannot convert '${type}' to the type 'System.Management.Automation.SwitchParameter' required by parameter '${name}'. `;
const bashSwitch = (typed: string) =>
  `Parameter ${typed}: requires an argument.\nIf you typed ${typed}:$false in bash or another POSIX shell, the shell expanded $false to nothing: quote it ('${typed}:$false') or write ${typed}:false.`;
const envError = (value: string) =>
  `Cannot bind parameter 'Environment'. Cannot convert value "${value}" to type "Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName". Error: "Unable to match the identifier name ${value} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${ENVIRONMENTS}"`;
const actionError = (name: string, value: string) =>
  `Cannot bind parameter '${name}'. Cannot convert value "${value}" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name ${value} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${ACTIONS}"`;
const transform = (name: string, reason: string) => `Cannot process argument transformation on parameter '${name}'. ${reason}`;
const validate = (name: string, reason: string) => `Cannot validate argument on parameter '${name}'. ${reason}`;
const STRINGIFIED = (value: string, parameter = 'LineItems') =>
  `The value "${value}" is the name of a .NET type, not the object itself: pwsh passes an object to a native program as its type name. To pass structured values from pwsh, run Import-Module PartnerCenter (the pcsh PowerShell module binds objects directly), or pass JSON: -${parameter} ($items | ConvertTo-Json -Depth 5 -Compress).`;

const N = 'New-PartnerCustomerCart';
const S = 'Set-PartnerCustomerCart';
const GET = 'Get-PartnerCustomerCart';
const SUB = 'Submit-PartnerCustomerCart';
const ADD = 'Add-PartnerCustomerCartLineItem';
const CON = 'Connect-PartnerCenter';
const DIS = 'Disconnect-PartnerCenter';

export const conformanceCases: ConformanceCase[] = [
  // ---- names: case, dashes, prefixes, aliases, exact match, ambiguity -------------------------
  ok(N, ['-CustomerId', G, '-LineItems', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-customerid', G, '-lineitems', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-CUSTOMERID', G, '-LINEITEMS', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-Cust', G, '-Line', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-C', G, '-L', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-Cu', G, '-Li', LI, '-Con'], { CustomerId: G, LineItems: [LI_BOUND], Confirm: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-cf'], { CustomerId: G, LineItems: [LI_BOUND], Confirm: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-wi'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true }),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-W'], 'AmbiguousParameter', ambiguous('W', '-WarningAction -WarningVariable -WhatIf')),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-Wh'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true }),
  ok(N, ['\u2013CustomerId', G, '\u2014LineItems', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-LineItems', LI, '-CustomerId', G], { LineItems: [LI_BOUND], CustomerId: G }),
  fail(S, ['-C', CART], 'AmbiguousParameter', ambiguous('C', '-CartId -CustomerId -Confirm')),
  fail(GET, ['-C', CART], 'AmbiguousParameter', ambiguous('C', '-CartId -CustomerId')),
  fail(SUB, ['-C', CART], 'AmbiguousParameter', ambiguous('C', '-CartId -CustomerId -Confirm')),
  fail(ADD, ['-C', CART], 'AmbiguousParameter', ambiguous('C', '-CartId -CustomerId -Confirm')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-Out', 'x'], 'AmbiguousParameter', ambiguous('Out', '-OutVariable -OutBuffer')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-Warning', 'x'], 'AmbiguousParameter', ambiguous('Warning', '-WarningAction -WarningVariable')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-I', 'x'], 'AmbiguousParameter', ambiguous('I', '-InformationAction -InformationVariable')),
  fail(S, ['-CustomerId', G, '-CartId', CART, '-LineItems', LI, '-P', 'x'], 'AmbiguousParameter', ambiguous('P', '-ProgressAction -PipelineVariable')),
  // the one own match wins over common ones: -P is New-'s -PartnerOnRecordAttestationAccepted (a switch), so 'x' is left over
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-P', 'x'], 'PositionalParameterNotFound', positional('x')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-E', 'x'], 'AmbiguousParameter', ambiguous('E', '-ErrorAction -ErrorVariable')),
  fail(CON, ['-D'], 'AmbiguousParameter', ambiguous('D', '-Debug -Tenant -UseDeviceAuthentication')),
  fail(CON, ['-A', 'x'], 'AmbiguousParameter', ambiguous('A', '-AccessToken -ApplicationId')),
  fail(CON, ['-C', 'x'], 'AmbiguousParameter', ambiguous('C', '-CertificateThumbprint -Credential -Confirm')),
  fail(CON, ['-Ce', 'x'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  ok(S, ['-Ca', CART, '-Cu', G, '-L', LI], { CartId: CART, CustomerId: G, LineItems: [LI_BOUND] }),
  ok(GET, ['-CartId', CART, '-CustomerId', G], { CartId: CART, CustomerId: G }),
  ok(GET, ['-cartid', CART, '-customer', G], { CartId: CART, CustomerId: G }),
  ok(CON, ['-Domain', 'contoso.onmicrosoft.com'], { Tenant: 'contoso.onmicrosoft.com' }, 'User'),
  ok(CON, ['-TenantId', 'contoso.onmicrosoft.com'], { Tenant: 'contoso.onmicrosoft.com' }, 'User'),
  ok(CON, ['-Te', 't1'], { Tenant: 't1' }, 'User'),
  ok(CON, ['-Dom', 't1'], { Tenant: 't1' }, 'User'),
  ok(CON, ['-Device'], { UseDeviceAuthentication: true }, 'User'),
  ok(CON, ['-DeviceCode'], { UseDeviceAuthentication: true }, 'User'),
  ok(CON, ['-DeviceAuth'], { UseDeviceAuthentication: true }, 'User'),
  ok(CON, ['-Dev'], { UseDeviceAuthentication: true }, 'User'),
  ok(CON, ['-Use'], { UseDeviceAuthentication: true }, 'User'),
  ok(CON, ['-Env', 'AzureCloud'], { Environment: 'AzureCloud' }, 'User'),
  ok(CON, ['-AccessToken', 'eyJ0.abc.def'], { AccessToken: 'eyJ0.abc.def' }, 'AccessToken'),
  ok(CON, ['-Acc', 'tok'], { AccessToken: 'tok' }, 'AccessToken'),

  // ---- unknown names, did-you-mean --------------------------------------------------------------
  fail(N, ['-CustomerIdd', G], 'NamedParameterNotFound', notFound('CustomerIdd', 'CustomerId')),
  fail(N, ['-Customer_Id', G], 'NamedParameterNotFound', notFound('Customer_Id', 'CustomerId')),
  ok(N, ['-LineItem', LI, '-CustomerId', G], { LineItems: [LI_BOUND], CustomerId: G }),
  fail(N, ['-LineItemss', LI, '-CustomerId', G], 'NamedParameterNotFound', notFound('LineItemss', 'LineItems')),
  fail(ADD, ['-LineItemz', LI], 'NamedParameterNotFound', notFound('LineItemz', 'LineItem')),
  fail(N, ['-Foo', 'bar'], 'NamedParameterNotFound', notFound('Foo')),
  fail(N, ['-CartId', CART], 'NamedParameterNotFound', notFound('CartId')),
  fail(DIS, ['-Force'], 'NamedParameterNotFound', notFound('Force')),
  fail(GET, ['-WhatIf'], 'NamedParameterNotFound', notFound('WhatIf')),
  fail(GET, ['-Confirm'], 'NamedParameterNotFound', notFound('Confirm')),
  fail(GET, ['-wi'], 'NamedParameterNotFound', notFound('wi')),
  fail(CON, ['-Tennant', 't'], 'NamedParameterNotFound', notFound('Tennant', 'Tenant')),
  fail(CON, ['-Enviroment', 'AzureCloud'], 'NamedParameterNotFound', notFound('Enviroment', 'Environment')),
  fail(N, ['-Verbos:$true', '-Vrbose'], 'NamedParameterNotFound', notFound('Vrbose', 'Verbose')),
  fail(N, ['-CustomerId', G, '-Foo', '-LineItems', LI], 'NamedParameterNotFound', notFound('Foo')),

  // ---- value forms ------------------------------------------------------------------------------
  ok(N, [`-CustomerId:${G}`, `-LineItems:${LI}`], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-CustomerId:', G, '-LineItems:', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-CustomerId', `'${G}'`, '-LineItems', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-CustomerId', `"${G}"`, '-LineItems', LI], { CustomerId: G, LineItems: [LI_BOUND] }),
  ok(N, ['-CustomerId', `{${G}}`, '-LineItems', LI], { CustomerId: `{${G}}`, LineItems: [LI_BOUND] }),
  ok(N, ['-CustomerId', G.toUpperCase(), '-LineItems', LI], { CustomerId: G.toUpperCase(), LineItems: [LI_BOUND] }),
  ok(CON, ['-Tenant', '-contoso'], { Tenant: '-contoso' }, 'User'),
  ok(CON, ['-AccessToken', '-not-a-parameter'], { AccessToken: '-not-a-parameter' }, 'AccessToken'),
  ok(CON, ['-Tenant', "'it''s'"], { Tenant: "it's" }, 'User'),
  ok(CON, ['-Tenant', '"a`tb"'], { Tenant: 'a\tb' }, 'User'),
  ok(CON, ['-Tenant', '"say ""hi"""'], { Tenant: 'say "hi"' }, 'User'),
  ok(CON, ['-Tenant', "it's"], { Tenant: "it's" }, 'User'),
  fail(CON, ['-Tenant', 'a,b'], 'CannotConvertArgument', "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'Tenant'. Specified method is not supported."),
  ok(CON, ['-Tenant', '42'], { Tenant: '42' }, 'User'),
  ok(CON, ['-Tenant', '__proto__'], { Tenant: '__proto__' }, 'User'),
  ok(CON, ['-Tenant', 'constructor'], { Tenant: 'constructor' }, 'User'),
  ok(CON, ['-Tenant', '$TRUE'], { Tenant: 'True' }, 'User'),
  ok(CON, ['-Tenant', 'My tenant'], { Tenant: 'My tenant' }, 'User'),
  fail(CON, ['-Tenant', '--'], 'MissingArgument', missingArg('Tenant', 'System.String')),
  ok(CON, ['-Tenant:--'], { Tenant: '--' }, 'User'),
  fail(N, ['-CustomerId'], 'MissingArgument', missingArg('CustomerId', 'System.String')),
  fail(N, ['-CustomerId', '-LineItems', LI], 'MissingArgument', missingArg('CustomerId', 'System.String')),
  fail(N, ['-CustomerId', G, '-LineItems'], 'MissingArgument', missingArg('LineItems', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[]')),
  fail(N, ['-CustomerId', '-WhatIf'], 'MissingArgument', missingArg('CustomerId', 'System.String')),
  fail(N, ['-CustomerId', '-wh'], 'MissingArgument', missingArg('CustomerId', 'System.String')),
  fail(ADD, ['-CartId', CART, '-CustomerId', G, '-LineItem'], 'MissingArgument', missingArg('LineItem', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem')),
  fail(CON, ['-Credential'], 'MissingArgument', missingArg('Credential', 'System.Management.Automation.PSCredential')),
  fail(CON, ['-Environment'], 'MissingArgument', missingArg('Environment', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-ErrorAction'], 'MissingArgument', missingArg('ErrorAction', 'System.Management.Automation.ActionPreference')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-OutBuffer'], 'MissingArgument', missingArg('OutBuffer', 'System.Int32')),
  fail(N, ['-CustomerId', G, '-CustomerId', G], 'ParameterAlreadyBound', twice('CustomerId')),
  fail(N, ['-CustomerId', G, '-Cust', G], 'ParameterAlreadyBound', twice('CustomerId')),
  fail(CON, ['-Tenant', 'a', '-Domain', 'b'], 'ParameterAlreadyBound', twice('Tenant')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', '-wi'], 'ParameterAlreadyBound', twice('wi')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-Verbose', '-vb'], 'ParameterAlreadyBound', twice('vb')),

  // ---- switches ---------------------------------------------------------------------------------
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:$true'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:$false'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:False'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:True'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:false'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:true'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:0'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:1'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-Confirm:$false'], { CustomerId: G, LineItems: [LI_BOUND], Confirm: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-Confirm:False'], { CustomerId: G, LineItems: [LI_BOUND], Confirm: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-Confirm:', 'False'], { CustomerId: G, LineItems: [LI_BOUND], Confirm: false }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', '-Confirm'], { CustomerId: G, LineItems: [LI_BOUND], WhatIf: true, Confirm: true }),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:'], 'ParameterRequiresArgument', bashSwitch('-WhatIf'), true),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-Confirm:'], 'ParameterRequiresArgument', bashSwitch('-Confirm'), true),
  fail(N, ['-wi:', '-CustomerId', G], 'ParameterRequiresArgument', bashSwitch('-wi'), true),
  fail(DIS, ['-Confirm:'], 'ParameterRequiresArgument', bashSwitch('-Confirm'), true),
  fail(CON, ['-ServicePrincipal:'], 'ParameterRequiresArgument', bashSwitch('-ServicePrincipal'), true),
  fail(N, ['-CustomerId:'], 'ParameterRequiresArgument', "Parameter -CustomerId: requires an argument.\nIf you typed -CustomerId:$variable in bash or another POSIX shell, the shell expanded the variable to nothing (it is empty or unset): quote the value, e.g. '-CustomerId:$value', or check the variable.", true),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', '$false'], 'PositionalParameterNotFound', positional('False')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', 'False'], 'PositionalParameterNotFound', positional('False')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:maybe'], 'CannotConvertArgument', switchValue('WhatIf')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:yes'], 'CannotConvertArgument', switchValue('WhatIf')),
  ok(DIS, [], {}),
  ok(DIS, ['-WhatIf'], { WhatIf: true }),
  ok(DIS, ['-Confirm:$false', '-Verbose'], { Confirm: false, Verbose: true }),

  // ---- `--` and positional arguments ------------------------------------------------------------
  fail(N, [G], 'PositionalParameterNotFound', positional(G)),
  fail(N, ['-CustomerId', G, '-LineItems', LI, 'extra'], 'PositionalParameterNotFound', positional('extra')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '--', '-WhatIf'], 'PositionalParameterNotFound', positional('-WhatIf')),
  fail(GET, ['-CartId', CART, '-CustomerId', G, '5'], 'PositionalParameterNotFound', positional('5')),
  fail(DIS, ['now'], 'PositionalParameterNotFound', positional('now')),
  fail(CON, ['AzureCloud'], 'PositionalParameterNotFound', positional('AzureCloud')),
  fail(N, ['-CustomerId', G, '-LineItems', 'System.Collections.Hashtable', 'System.Collections.Hashtable'], 'ParameterArgumentTransformationError', transform('LineItems', STRINGIFIED('System.Collections.Hashtable'))),

  // ---- mandatory parameters ---------------------------------------------------------------------
  fail(N, [], 'MissingMandatoryParameter', missing('CustomerId LineItems')),
  fail(N, ['-CustomerId', G], 'MissingMandatoryParameter', missing('LineItems')),
  fail(N, ['-LineItems', LI], 'MissingMandatoryParameter', missing('CustomerId')),
  fail(N, ['-WhatIf'], 'MissingMandatoryParameter', missing('CustomerId LineItems')),
  fail(S, [], 'MissingMandatoryParameter', missing('CartId CustomerId LineItems')),
  fail(S, ['-CustomerId', G], 'MissingMandatoryParameter', missing('CartId LineItems')),
  fail(GET, [], 'MissingMandatoryParameter', missing('CartId CustomerId')),
  fail(GET, ['-CustomerId', G], 'MissingMandatoryParameter', missing('CartId')),
  fail(SUB, [], 'MissingMandatoryParameter', missing('CartId CustomerId')),
  fail(ADD, [], 'MissingMandatoryParameter', missing('CartId CustomerId LineItem')),
  fail(ADD, ['-CartId', CART], 'MissingMandatoryParameter', missing('CustomerId LineItem')),
  fail(CON, ['-AccessToken:', 'x', '-Tenant', 't', '-Environment', 'AzureCloud', '-ServicePrincipal'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-RefreshToken', 'r'], 'MissingMandatoryParameter', missing('ApplicationId')),
  fail(CON, ['-CertificateThumbprint', 'c', '-RefreshToken', 'r'], 'MissingMandatoryParameter', missing('ApplicationId')),
  fail(CON, ['-Credential', 'app', '-ServicePrincipal'], 'MissingMandatoryParameter', missing('Tenant')),

  // ---- Connect-PartnerCenter parameter sets -----------------------------------------------------
  ok(CON, [], {}, 'User'),
  ok(CON, ['-Environment', 'AzureChinaCloud'], { Environment: 'AzureChinaCloud' }, 'User'),
  ok(CON, ['-UseDeviceAuthentication', '-Tenant', 't'], { UseDeviceAuthentication: true, Tenant: 't' }, 'User'),
  ok(CON, ['-WhatIf'], { WhatIf: true }, 'User'),
  ok(CON, ['-AccessToken', 't', '-Tenant', 'x'], { AccessToken: 't', Tenant: 'x' }, 'AccessToken'),
  ok(CON, ['-ApplicationId', 'a', '-RefreshToken', 'r'], { ApplicationId: 'a', RefreshToken: 'r' }, 'RefreshToken'),
  ok(CON, ['-ApplicationId', 'a', '-RefreshToken', 'r', '-CertificateThumbprint', 'c'], { ApplicationId: 'a', RefreshToken: 'r', CertificateThumbprint: 'c' }, 'RefreshToken'),
  ok(CON, ['-ApplicationId', 'a', '-RefreshToken', 'r', '-Credential', 'app'], { ApplicationId: 'a', RefreshToken: 'r', Credential: { UserName: 'app' } }, 'RefreshToken'),
  ok(CON, ['-ApplicationId', 'a', '-CertificateThumbprint', 'c', '-Tenant', 't'], { ApplicationId: 'a', CertificateThumbprint: 'c', Tenant: 't' }, 'ServicePrincipalCertificate'),
  ok(CON, ['-ApplicationId', 'a', '-CertificateThumbprint', 'c', '-Tenant', 't', '-ServicePrincipal'], { ApplicationId: 'a', CertificateThumbprint: 'c', Tenant: 't', ServicePrincipal: true }, 'ServicePrincipalCertificate'),
  ok(CON, ['-Credential', 'x', '-ServicePrincipal', '-Tenant', 't'], { Credential: { UserName: 'x' }, ServicePrincipal: true, Tenant: 't' }, 'ServicePrincipal'),
  ok(CON, ['-ServicePrincipal', '-Credential', 'x', '-TenantId', 't', '-Environment', 'azureppe'], { ServicePrincipal: true, Credential: { UserName: 'x' }, Tenant: 't', Environment: 'AzurePPE' }, 'ServicePrincipal'),
  fail(CON, ['-AccessToken', 't', '-UseDeviceAuthentication'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-AccessToken', 't', '-RefreshToken', 'r'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-UseDeviceAuthentication', '-ServicePrincipal'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-ApplicationId', 'a'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-ServicePrincipal'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-Credential', 'x', '-Tenant', 't'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-ApplicationId', 'a', '-Credential', 'x', '-ServicePrincipal'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(CON, ['-Environment', 'Foo'], 'CannotConvertArgumentNoMessage', envError('Foo')),
  ok(CON, ['-Environment', 'emulator'], { Environment: 'Emulator' }, 'User'),
  ok(CON, ['-Environment', 'AZUREUSGOVERNMENT'], { Environment: 'AzureUSGovernment' }, 'User'),
  ok(CON, ['-Environment', "'AzureGermanCloud'"], { Environment: 'AzureGermanCloud' }, 'User'),

  // ---- credentials and secrets ------------------------------------------------------------------
  ok(CON, ['-Credential', '00000000-1111-2222-3333-444444444444', '-ServicePrincipal', '-Tenant', 't'], { Credential: { UserName: '00000000-1111-2222-3333-444444444444' }, ServicePrincipal: true, Tenant: 't' }, 'ServicePrincipal'),
  fail(CON, ['-Credential', 'System.Management.Automation.PSCredential', '-ServicePrincipal', '-Tenant', 't'], 'ParameterArgumentTransformationError', transform('Credential', 'A PSCredential cannot be read from "System.Management.Automation.PSCredential". On a command line give the user name or application id as the value; the secret comes from PCSH_CLIENT_SECRET or a hidden prompt. From pwsh, pass the PSCredential object through the pcsh PowerShell module (Import-Module PartnerCenter).')),
  fail(CON, ['-Credential', "@{UserName='a'; Password='p'}", '-ServicePrincipal', '-Tenant', 't'], 'ParameterArgumentTransformationError', transform('Credential', `A PSCredential cannot be read from "@{UserName='a'; Password='p'}". On a command line give the user name or application id as the value; the secret comes from PCSH_CLIENT_SECRET or a hidden prompt. From pwsh, pass the PSCredential object through the pcsh PowerShell module (Import-Module PartnerCenter).`)),

  // ---- validation -------------------------------------------------------------------------------
  fail(N, ['-CustomerId', 'abc', '-LineItems', LI], 'ParameterArgumentValidationError', noMatch('abc')),
  fail(N, ['-CustomerId', 'System.Object[]', '-LineItems', LI], 'ParameterArgumentTransformationError', transform('CustomerId', STRINGIFIED('System.Object[]', 'CustomerId'))),
  fail(N, ['-CustomerId', `${G}x`, '-LineItems', LI], 'ParameterArgumentValidationError', noMatch(`${G}x`)),
  fail(N, ['-CustomerId', `${G},${G}`, '-LineItems', LI], 'CannotConvertArgument', "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'CustomerId'. Specified method is not supported."),
  fail(S, ['-CartId', CART, '-CustomerId', 'contoso', '-LineItems', LI], 'ParameterArgumentValidationError', noMatch('contoso')),
  fail(GET, ['-CartId', CART, '-CustomerId', '12345'], 'ParameterArgumentValidationError', noMatch('12345')),
  fail(N, ['-CustomerId', "''", '-LineItems', LI], 'ParameterArgumentValidationError', noMatch('')),
  fail(N, ['-CustomerId', '', '-LineItems', LI], 'ParameterArgumentValidationError', noMatch('')),
  fail(GET, ['-CartId', '$null', '-CustomerId', G], 'ParameterArgumentValidationErrorNullNotAllowed', "Cannot bind argument to parameter 'CartId' because it is null."),
  fail(N, ['-CustomerId', G, '-LineItems', '@()'], 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', "Cannot bind argument to parameter 'LineItems' because it is an empty array."),
  fail(N, ['-CustomerId', G, '-LineItems', '[]'], 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', "Cannot bind argument to parameter 'LineItems' because it is an empty array.", true),
  fail(N, ['-CustomerId', 'bad', '-Foo'], 'ParameterArgumentValidationError', noMatch('bad')),

  // ---- common parameters ------------------------------------------------------------------------
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-Verbose'], { CustomerId: G, LineItems: [LI_BOUND], Verbose: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-vb', '-db'], { CustomerId: G, LineItems: [LI_BOUND], Verbose: true, Debug: true }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-ea', 'stop'], { CustomerId: G, LineItems: [LI_BOUND], ErrorAction: 'Stop' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-ErrorAction', 'SilentlyContinue'], { CustomerId: G, LineItems: [LI_BOUND], ErrorAction: 'SilentlyContinue' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-ErrorAction:Ignore'], { CustomerId: G, LineItems: [LI_BOUND], ErrorAction: 'Ignore' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-wa', 'inquire'], { CustomerId: G, LineItems: [LI_BOUND], WarningAction: 'Inquire' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-infa', 'Continue'], { CustomerId: G, LineItems: [LI_BOUND], InformationAction: 'Continue' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-proga', 'SilentlyContinue'], { CustomerId: G, LineItems: [LI_BOUND], ProgressAction: 'SilentlyContinue' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-ev', 'err', '-wv', 'w', '-iv', 'i', '-ov', 'o', '-pv', 'p'], { CustomerId: G, LineItems: [LI_BOUND], ErrorVariable: 'err', WarningVariable: 'w', InformationVariable: 'i', OutVariable: 'o', PipelineVariable: 'p' }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-ob', '10'], { CustomerId: G, LineItems: [LI_BOUND], OutBuffer: 10 }),
  ok(N, ['-CustomerId', G, '-LineItems', LI, '-OutBuffer:0x10'], { CustomerId: G, LineItems: [LI_BOUND], OutBuffer: 16 }),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-ob', 'many'], 'CannotConvertArgumentNoMessage', `Cannot bind parameter 'OutBuffer'. Cannot convert value "many" to type "System.Int32". Error: "The input string 'many' was not in a correct format."`),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-ob', '99999999999'], 'CannotConvertArgumentNoMessage', `Cannot bind parameter 'OutBuffer'. Cannot convert value "99999999999" to type "System.Int32". Error: "Value was either too large or too small for an Int32."`),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-ea', 'Halt'], 'CannotConvertArgumentNoMessage', actionError('ErrorAction', 'Halt')),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-ea', 'Suspend'], 'ParameterBindingFailed', `Cannot bind parameter 'ErrorAction' to the target. Exception setting "ErrorAction": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`),
  fail(N, ['-CustomerId', G, '-LineItems', LI, '-WarningAction', 'Break'], 'ParameterArgumentTransformationError', transform('WarningAction', 'The value Break enters the PowerShell debugger, which pcsh does not have outside pwsh. Use Stop, Continue, Inquire, SilentlyContinue or Ignore.')),
  ok(GET, ['-CartId', CART, '-CustomerId', G, '-Verbose:$false'], { CartId: CART, CustomerId: G, Verbose: false }),
  ok(GET, ['-CartId', CART, '-CustomerId', G, '-Debug'], { CartId: CART, CustomerId: G, Debug: true }),
  ok(CON, ['-Environment', 'Emulator', '-ErrorAction', 'Stop', '-Verbose'], { Environment: 'Emulator', ErrorAction: 'Stop', Verbose: true }, 'User'),

  // ---- line items: hashtable literals -----------------------------------------------------------
  ok(N, ['-CustomerId', G, '-LineItems', `${LI},${LI2}`], { CustomerId: G, LineItems: [LI_BOUND, LI2_BOUND] }),
  ok(N, ['-CustomerId', G, '-LineItems', `@(${LI}; ${LI2})`], { CustomerId: G, LineItems: [LI_BOUND, LI2_BOUND] }),
  ok(N, ['-CustomerId', G, '-LineItems', `@(${LI}, ${LI2})`], { CustomerId: G, LineItems: [LI_BOUND, LI2_BOUND] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{catalogitemid='A:1:2'; QUANTITY=1; billingcycle='monthly'}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity='3'; BillingCycle='one_time'}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 3, BillingCycle: 'OneTime' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId=A:1:2; Quantity=3; BillingCycle=Annual}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 3, BillingCycle: 'Annual' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{'CatalogItemId'='A:1:2'; \"Quantity\"=3\n BillingCycle='Triennial'}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 3, BillingCycle: 'Triennial' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; Quantity=10; BillingCycle='OneTime'; ProvisioningContext=@{duration='1Year'; scope='shared'; subscriptionId='c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75'}}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', Quantity: 10, BillingCycle: 'OneTime', ProvisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'c3f5a2b0-7d41-4e8a-9b6f-2a1d0e9c8b75' } }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Annual'; TermDuration='P1Y'; RenewsTo=@{TermDuration='P1Y'}; FriendlyName=\"Seats `\"A`\"\"; PromotionId='39NFJQT1Q5KV:0002:39NFJQT1Q5KP'}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Annual', TermDuration: 'P1Y', RenewsTo: { TermDuration: 'P1Y' }, FriendlyName: 'Seats "A"', PromotionId: '39NFJQT1Q5KV:0002:39NFJQT1Q5KP' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; Participants=@(@{Key='transaction_reseller'; Value='123456'})}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', Participants: [{ Key: 'TransactionReseller', Value: '123456' }] }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; AddonItems=@{CatalogItemId='B:1:2'; Quantity=2; BillingCycle='Monthly'}}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', AddonItems: [{ CatalogItemId: 'B:1:2', Quantity: 2, BillingCycle: 'Monthly' }] }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; AttestationAccepted=$true; CustomTermEndDate='2026-12-31'; CurrencyCode='EUR'; Id=0}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', AttestationAccepted: true, CustomTermEndDate: '2026-12-31', CurrencyCode: 'EUR', Id: 0 }] }),
  ok(ADD, ['-CartId', CART, '-CustomerId', G, '-LineItem', LI], { CartId: CART, CustomerId: G, LineItem: LI_BOUND }),
  ok(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', LI2], { CartId: CART, CustomerId: G, LineItems: [LI2_BOUND] }),
  fail(ADD, ['-CartId', CART, '-CustomerId', G, '-LineItem', `${LI},${LI2}`], 'ParameterArgumentTransformationError', transform('LineItem', 'LineItem takes one line item, not 2.')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; Colour='red'}"], 'ParameterArgumentTransformationError', transform('LineItems', `The property 'Colour' cannot be found on LineItems[0] (PSCartLineItem). ${KNOWN_LINE_ITEM}.`)),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=0; BillingCycle='Monthly'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].Quantity must be a positive integer (got 0).')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1.5; BillingCycle='Monthly'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].Quantity must be a positive integer (got 1.5).')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity='ten'; BillingCycle='Monthly'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].Quantity must be a positive integer (got "ten").')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Weekly'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].BillingCycle must be one of Unknown, Monthly, Annual, None, OneTime, Triennial, Biennial (got "Weekly").')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; TermDuration='1 year'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].TermDuration must be an ISO 8601 duration such as P1M, P1Y or P3Y (got "1 year").')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{Quantity=1; BillingCycle='Monthly'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0] is missing the required property CatalogItemId.')),
  fail(N, ['-CustomerId', G, '-LineItems', `${LI},@{CatalogItemId='A:1:2'; BillingCycle='Monthly'}`], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[1] is missing the required property Quantity.')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; AddonItems=@{CatalogItemId='B'; Quantity=-1; BillingCycle='Monthly'}}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].AddonItems[0].Quantity must be a positive integer (got -1).')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; Participants=@{Key='Reseller'; Value='1'}}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].Participants[0].Key must be one of Unknown, TransactionReseller, ConsumptionReseller, AdditionalTransactionReseller (got "Reseller").')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; Quantity=2}"], 'ParameterArgumentTransformationError', transform('LineItems', "The value is not a valid literal: Duplicate keys 'Quantity' are not allowed in hash literals.")),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'"], 'ParameterArgumentTransformationError', transform('LineItems', "The value is not a valid literal: Missing closing '}' in statement block or type definition.")),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2}"], 'ParameterArgumentTransformationError', transform('LineItems', "The value is not a valid literal: The string is missing the terminator: '.")),
  fail(N, ['-CustomerId', G, '-LineItems', 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'], 'ParameterArgumentTransformationError', transform('LineItems', 'Cannot convert the "DG7GMGF0DWTL:0001:DG7GMGF0DSJB" value of type "System.String" to type "Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem" (LineItems[0]): write a hashtable @{CatalogItemId=…; Quantity=…; BillingCycle=…} or a JSON object.')),
  fail(N, ['-CustomerId', G, '-LineItems', 'System.Collections.Hashtable'], 'ParameterArgumentTransformationError', transform('LineItems', STRINGIFIED('System.Collections.Hashtable'))),
  fail(N, ['-CustomerId', G, '-LineItems', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem'], 'ParameterArgumentTransformationError', transform('LineItems', STRINGIFIED('Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem'))),
  fail(N, ['-CustomerId', G, '-LineItems', 'System.Management.Automation.PSCustomObject'], 'ParameterArgumentTransformationError', transform('LineItems', STRINGIFIED('System.Management.Automation.PSCustomObject'))),
  fail(ADD, ['-CartId', CART, '-CustomerId', G, '-LineItem', 'System.Object[]'], 'ParameterArgumentTransformationError', transform('LineItem', STRINGIFIED('System.Object[]', 'LineItem'))),
  ok(N, ['-CustomerId', G, '-LineItems', '@{CatalogItemId=A:1:2; Quantity=3; BillingCycle=Monthly; FriendlyName=Seats}'], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 3, BillingCycle: 'Monthly', FriendlyName: 'Seats' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; ProvisioningContext=@{'__proto__'='x'; constructor='y'}}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', ProvisioningContext: { ['__proto__']: 'x', constructor: 'y' } }] }),

  // ---- line items: JSON, files, stdin -----------------------------------------------------------
  ok(N, ['-CustomerId', G, '-LineItems', '[{"CatalogItemId": "DG7GMGF0DWTL:0001:DG7GMGF0DSJB", "Quantity": 10, "BillingCycle": "OneTime"}]'], { CustomerId: G, LineItems: [LI_BOUND] }, ALL, true),
  ok(N, ['-CustomerId', G, '-LineItems', '{"catalogItemId": "DG7GMGF0DWTL:0001:DG7GMGF0DSJB", "quantity": 10, "billingCycle": "one_time"}'], { CustomerId: G, LineItems: [LI_BOUND] }, ALL, true),
  ok(N, ['-CustomerId', G, '-LineItems', ' [ ] '.replace('[ ]', '[{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","ProvisioningContext":{"k":"v"},"Participants":[{"key":"TransactionReseller","value":"9"}]}]')], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', ProvisioningContext: { k: 'v' }, Participants: [{ Key: 'TransactionReseller', Value: '9' }] }] }, ALL, true),
  ok(N, ['-CustomerId', G, '-LineItems', '@items.json'], { CustomerId: G, LineItems: [LI2_BOUND] }, ALL, true),
  ok(N, ['-CustomerId', G, '-LineItems', '@items.ps1'], { CustomerId: G, LineItems: [{ CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', Quantity: 2, BillingCycle: 'Annual' }, { CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', Quantity: 1, BillingCycle: 'OneTime' }] }, ALL, true),
  ok(N, ['-CustomerId', G, '-LineItems', '-'], { CustomerId: G, LineItems: [{ CatalogItemId: 'STDIN:0001:0001', Quantity: 3, BillingCycle: 'Monthly' }] }, ALL, true),
  ok(ADD, ['-CartId', CART, '-CustomerId', G, '-LineItem', '-'], { CartId: CART, CustomerId: G, LineItem: { CatalogItemId: 'STDIN:0001:0001', Quantity: 3, BillingCycle: 'Monthly' } }, ALL, true),
  fail(N, ['-CustomerId', G, '-LineItems', '[{"CatalogItemId": "A"'], 'ParameterArgumentTransformationError', transform('LineItems', "The JSON in the value is not valid: Expected ',' or '}' after property value in JSON at position 22"), true),
  fail(N, ['-CustomerId', G, '-LineItems', '@missing.json'], 'ParameterArgumentTransformationError', transform('LineItems', `Cannot read the file "missing.json": ENOENT: no such file or directory, open '${'%DATA%'}/missing.json'`), true),
  fail(N, ['-CustomerId', G, '-LineItems', '@'], 'ParameterArgumentTransformationError', transform('LineItems', 'The value "@" names no file: write @path/to/items.json.'), true),
  fail(N, ['-CustomerId', G, '-LineItems', '{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","quantity":2}'], 'ParameterArgumentTransformationError', transform('LineItems', "The value is not a valid literal: Duplicate keys 'quantity' are not allowed (keys are case-insensitive)."), true),
  fail(N, ['-CustomerId', G, '-LineItems', '{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","__proto__":{"x":1}}'], 'ParameterArgumentTransformationError', transform('LineItems', `The property '__proto__' cannot be found on LineItems[0] (PSCartLineItem). ${KNOWN_LINE_ITEM}.`), true),

  // ---- line items read back from a cart (bash round trip: Get … | jq -c .LineItems → Set-/Add-) ----
  ok(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', JSON.stringify(READ_BACK)], { CartId: CART, CustomerId: G, LineItems: READ_BACK }, ALL, true),
  ok(ADD, ['-CartId', CART, '-CustomerId', G, '-LineItem', JSON.stringify(READ_BACK[1])], { CartId: CART, CustomerId: G, LineItem: READ_BACK[1] }, ALL, true),
  ok(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', '[{"id":1,"catalogItemId":"A:1:2","quantity":1,"billingCycle":"monthly","currencyCode":"USD","orderGroup":"1","error":{"errorCode":"InvalidInput","errorDescription":"bad"},"addonItems":[{"catalogItemId":"B:1:2","quantity":1,"billingCycle":"monthly","orderGroup":"1"}]}]'], {
    CartId: CART, CustomerId: G, LineItems: [{
      Id: 1, CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', CurrencyCode: 'USD', OrderGroup: '1', Error: { ErrorCode: 'InvalidInput', ErrorDescription: 'bad' },
      AddonItems: [{ CatalogItemId: 'B:1:2', Quantity: 1, BillingCycle: 'Monthly', OrderGroup: '1' }],
    }],
  }, ALL, true),
  ok(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; ordergroup=0; error=@{errorcode=10010; errordescription='bad'}}"], { CartId: CART, CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', OrderGroup: '0', Error: { ErrorCode: '10010', ErrorDescription: 'bad' } }] }),
  fail(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; Error=@{Code='x'}}"], 'ParameterArgumentTransformationError', transform('LineItems', "The property 'Code' cannot be found on LineItems[0].Error. Known properties: ErrorCode, ErrorDescription.")),
  fail(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; Error='oops'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].Error must be @{ErrorCode=…; ErrorDescription=…} (got "oops").')),
  fail(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; OrderGroup=@{}}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].OrderGroup must be a string such as "0" (got a hashtable).')),
  fail(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', '[{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","AddonItems":[{"CatalogItemId":"B:1:2","Quantity":1,"BillingCycle":"Monthly","OrderGroupId":"0"}]}]'], 'ParameterArgumentTransformationError', transform('LineItems', `The property 'OrderGroupId' cannot be found on LineItems[0].AddonItems[0] (PSCartLineItem). ${KNOWN_LINE_ITEM}.`), true),

  // ---- line items: $null / JSON null is an unset property (ConvertTo-Json of a typed item) --------
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; FriendlyName=$null; Error=$null; AddonItems=$null; Participants=$null; RenewsTo=$null; TermDuration=$null; AttestationAccepted=$null}"], { CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly' }] }),
  ok(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle=4; AddonItems=@{CatalogItemId='B:1:2'; Quantity=2; BillingCycle=1; Error=$null; FriendlyName=$null}; Participants=@(@{Key=1; Value='5357564'})}"], {
    CustomerId: G, LineItems: [{ CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'OneTime', AddonItems: [{ CatalogItemId: 'B:1:2', Quantity: 2, BillingCycle: 'Monthly' }], Participants: [{ Key: 'TransactionReseller', Value: '5357564' }] }],
  }),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId=$null; Quantity=1; BillingCycle='Monthly'}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].CatalogItemId is $null: CatalogItemId, Quantity, BillingCycle are required and need a value (a $null or JSON null property is treated as not given).')),
  fail(N, ['-CustomerId', G, '-LineItems', "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; AddonItems=@{CatalogItemId='B:1:2'; Quantity=$null; BillingCycle='Monthly'}}"], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].AddonItems[0].Quantity is $null: CatalogItemId, Quantity, BillingCycle are required and need a value (a $null or JSON null property is treated as not given).')),
  ok(N, ['-CustomerId', G, '-LineItems', '[{"AddonItems":null,"AttestationAccepted":null,"BillingCycle":4,"CatalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","CurrencyCode":null,"CustomTermEndDate":null,"Error":null,"FriendlyName":null,"Id":0,"OrderGroup":null,"Participants":null,"PromotionId":null,"ProvisioningContext":{"duration":"1Year"},"Quantity":10,"RenewsTo":null,"TermDuration":null}]'], {
    CustomerId: G, LineItems: [{ BillingCycle: 'OneTime', CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', Id: 0, ProvisioningContext: { duration: '1Year' }, Quantity: 10 }],
  }, ALL, true),
  ok(S, ['-CartId', CART, '-CustomerId', G, '-LineItems', '[{"Id":0,"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","Error":{"ErrorCode":null,"ErrorDescription":"bad"},"RenewsTo":{"TermDuration":"P1M"},"Participants":[{"Key":"TransactionReseller","Value":"5357564"}],"AddonItems":[{"CatalogItemId":"B:1:2","Quantity":1,"BillingCycle":"Monthly","Error":null,"Participants":null}]}]'], {
    CartId: CART, CustomerId: G, LineItems: [{ Id: 0, CatalogItemId: 'A:1:2', Quantity: 1, BillingCycle: 'Monthly', Error: { ErrorDescription: 'bad' }, RenewsTo: { TermDuration: 'P1M' }, Participants: [{ Key: 'TransactionReseller', Value: '5357564' }], AddonItems: [{ CatalogItemId: 'B:1:2', Quantity: 1, BillingCycle: 'Monthly' }] }],
  }, ALL, true),
  fail(N, ['-CustomerId', G, '-LineItems', '{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":null}'], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].BillingCycle is $null: CatalogItemId, Quantity, BillingCycle are required and need a value (a $null or JSON null property is treated as not given).'), true),
  fail(N, ['-CustomerId', G, '-LineItems', '{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","Participants":[{"Key":"TransactionReseller","Value":null}]}'], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].Participants[0] is missing the required property Value.'), true),
  fail(N, ['-CustomerId', G, '-LineItems', '{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","RenewsTo":{"TermDuration":null}}'], 'ParameterArgumentValidationError', validate('LineItems', 'LineItems[0].RenewsTo is missing the required property TermDuration.'), true),

  // ---- Get-PartnerCustomer, Get-PartnerProduct, Get-PartnerProductSku, Get-PartnerProductAvailability ----------
  // Parameter sets, default sets and positions of the original cmdlets; expectations from real pwsh 7.6.9 binding
  // advanced functions with the original attributes.
  ok(CUS, [], {}, 'ById'),
  ok(CUS, [G], { CustomerId: G }, 'ById'),
  ok(CUS, ['-CustomerId', G], { CustomerId: G }, 'ById'),
  ok(CUS, ['-Do', 'contoso'], { Domain: 'contoso' }, 'ByDomain'),
  ok(CUS, ['-D', 'x'], { Domain: 'x' }, 'ByDomain'),
  fail(CUS, [G, '-Domain', 'x'], 'PositionalParameterNotFound', positional(G)),
  fail(CUS, ['notaguid'], 'ParameterArgumentValidationError', noMatch('notaguid')),
  fail(CUS, [G, 'extra'], 'PositionalParameterNotFound', positional('extra')),
  fail(CUS, ['-Domain'], 'MissingArgument', missingArg('Domain', 'System.String')),
  fail(CUS, ['-Domain', "''"], 'ParameterArgumentValidationErrorEmptyStringNotAllowed',
    "Cannot bind argument to parameter 'Domain' because it is an empty string."),
  ok(PRD, ['-Catalog', 'onlineservices', '-Segment', 'Commercial', '-CountryCode', 'US'],
    { Catalog: 'onlineservices', Segment: 'Commercial', CountryCode: 'US' }, 'ByTargetView'),
  ok(PRD, ['-ProductId', 'CFQ7TTC0LH18'], { ProductId: 'CFQ7TTC0LH18' }, 'ByProductId'),
  ok(PRD, ['-ProductId', 'X', '-ReservationScope', 'AzurePlan'], { ProductId: 'X', ReservationScope: 'AzurePlan' }, 'ByReservationScope'),
  fail(PRD, ['-ProductId', 'X', '-Catalog', 'OnlineServices'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(PRD, ['-Catalog', 'Nope'], 'ParameterArgumentValidationError', validate('Catalog', notInSet('Nope', CATALOGS))),
  fail(PRD, ['-ReservationScope', 'AzurePlan'], 'MissingMandatoryParameter', missing('ProductId')),
  fail(PRD, ['-Catalog', 'OnlineServices', '-ReservationScope', 'AzurePlan'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(PRD, ['-Catalog', 'OnlineServices', 'X'], 'PositionalParameterNotFound', positional('X')),
  fail(PRD, ['-C', 'US'], 'AmbiguousParameter', ambiguous('C', '-Catalog -CountryCode')),
  ok(SKU, ['-ProductId', 'P'], { ProductId: 'P' }, 'ByProductId'),
  ok(SKU, ['-ProductId', 'P', '-SkuId', '0001'], { ProductId: 'P', SkuId: '0001' }, 'BySkuId'),
  ok(SKU, ['-ProductId', 'P', '-Segment', 'education'], { ProductId: 'P', Segment: 'education' }, 'BySegment'),
  ok(SKU, ['-ProductId', 'P', '-ReservationScope', 'AzurePlan', '-CountryCode', 'GB'],
    { ProductId: 'P', ReservationScope: 'AzurePlan', CountryCode: 'GB' }, 'ByProductId'),
  fail(SKU, ['-ProductId', 'P', '-SkuId', '1', '-Segment', 'commercial'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(SKU, ['-ProductId', 'P', '-Segment', 'retail'], 'ParameterArgumentValidationError',
    validate('Segment', notInSet('retail', 'commercial,education,government,nonprofit'))),
  fail(SKU, ['-S', 'x', '-ProductId', 'P'], 'AmbiguousParameter', ambiguous('S', '-Segment -SkuId')),
  ok(AV, ['-ProductId', 'P', '-SkuId', '0001'], { ProductId: 'P', SkuId: '0001' }, 'BySku'),
  ok(AV, ['-ProductId', 'P', '-SkuId', '0001', '-AvailabilityId', 'A'], { ProductId: 'P', SkuId: '0001', AvailabilityId: 'A' }, 'ByAvailabilityId'),
  fail(AV, ['-ProductId', 'P', '-SkuId', '1', '-AvailabilityId', 'A', '-Segment', 'commercial'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail(AV, ['-ProductId', 'P', '-SkuId', '1', '-Av'], 'MissingArgument', missingArg('AvailabilityId', 'System.String')),

  // ---- Get-Help and Get-Command -----------------------------------------------------------------
  ok('Get-Help', [], {}, 'AllUsersView'),
  ok('Get-Help', ['New-PartnerCustomerCart'], { Name: 'New-PartnerCustomerCart' }, 'AllUsersView'),
  ok('Get-Help', ['New-PartnerCustomerCart', '-Full'], { Full: true, Name: 'New-PartnerCustomerCart' }, 'AllUsersView'),
  ok('Get-Help', ['-Name', 'Connect-PartnerCenter', '-Detailed'], { Name: 'Connect-PartnerCenter', Detailed: true }, 'DetailedView'),
  ok('Get-Help', ['New-PartnerCustomerCart', '-Ex'], { Examples: true, Name: 'New-PartnerCustomerCart' }, 'Examples'),
  ok('Get-Help', ['New-PartnerCustomerCart', '-Parameter', 'CustomerId'], { Parameter: 'CustomerId', Name: 'New-PartnerCustomerCart' }, 'Parameters'),
  fail('Get-Help', ['New-PartnerCustomerCart', '-Full', '-Detailed'], 'AmbiguousParameterSet', AMBIGUOUS_SET),
  fail('Get-Help', ['New-PartnerCustomerCart', 'extra'], 'PositionalParameterNotFound', positional('extra')),
  fail('Get-Help', ['New-PartnerCustomerCart', '-Parameter'], 'MissingArgument', missingArg('Parameter', 'System.String')),
  fail('Get-Help', ['-WhatIf'], 'NamedParameterNotFound', notFound('WhatIf')),
  ok('Get-Command', [], {}),
  ok('Get-Command', ['*Cart*'], { Name: ['*Cart*'] }),
  ok('Get-Command', ['New-PartnerCustomerCart,Get-PartnerCustomerCart', '-Syntax'], { Syntax: true, Name: ['New-PartnerCustomerCart', 'Get-PartnerCustomerCart'] }),
  ok('Get-Command', ['-Verb', 'New,Set', '-Noun', 'PartnerCustomerCart'], { Verb: ['New', 'Set'], Noun: ['PartnerCustomerCart'] }),
  ok('Get-Command', ['-Name', "'a b'"], { Name: ['a b'] }),
];
