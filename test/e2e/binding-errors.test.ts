/**
 * Issue 3 end to end through the real commands, connected to the built-in emulator: binding
 * errors render `Cmdlet-Name: message` on stderr with exit 2 and nothing executed (the emulator's
 * state folder stays empty); the forms that arrive from other shells (-WhatIf:, -WhatIf:False,
 * stringified .NET objects, -LineItems -, @file, --); -Verbose notes for the pwsh-only common
 * parameters; PCSH_CONFIRM_PREFERENCE; -ErrorAction values.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, root, type Runner, type Sandbox } from './run-command.ts';

const G = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const CART = 'f5b2a0e1-6c3d-4f7a-8e9b-0a1b2c3d4e5f';
const LI = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}";
const LI_JSON = '[{"CatalogItemId":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","Quantity":5,"BillingCycle":"Monthly","TermDuration":"P1M"}]';
const N = 'New-PartnerCustomerCart';
const WHAT_IF_NEW = `What if: Performing the operation "${N}" on target "Creates a new cart for the customer with the identifier of ${G}.".\n`;

/** Connected to the emulator; `extraEnv` applies to the later calls only (Connect itself supports ShouldProcess). */
async function connected(extraEnv: Record<string, string> = {}, runner: Runner = 'in-process'): Promise<Sandbox> {
  const sandbox = createSandbox(extraEnv, runner);
  const plain = Object.fromEntries(Object.keys(extraEnv).map((k) => [k, '']));
  const result = await sandbox.run('Connect-PartnerCenter', ['-Environment', 'Emulator'], { env: plain });
  assert.is(result.code, 0, result.stderr);
  assert.equal(readdirSync(sandbox.dataDir), [], 'connecting to the emulator touches no emulator state');
  return sandbox;
}

/** Every call the emulator answers is logged in requests.log; no state means nothing was sent. */
function nothingSent(sandbox: Sandbox): void {
  assert.equal(readdirSync(sandbox.dataDir), [], 'the emulator state folder stays empty');
}

function carts(sandbox: Sandbox): string[] {
  const dir = join(sandbox.dataDir, 'carts', G);
  return existsSync(dir) ? readdirSync(dir) : [];
}

// ---- binding errors: Cmdlet-Name: message, exit 2, nothing executed -----------------------

const errors: { command: string; args: string[]; stderr: string }[] = [
  { command: N, args: ['-CustomerId', G, '-LineItems', LI, '-Bogus', '1'], stderr: `${N}: A parameter cannot be found that matches parameter name 'Bogus'.` },
  {
    command: 'Set-PartnerCustomerCart',
    args: ['-C', G, '-LineItems', LI],
    stderr: "Set-PartnerCustomerCart: Parameter cannot be processed because the parameter name 'C' is ambiguous. Possible matches include: -CartId -CustomerId -Confirm.",
  },
  { command: N, args: ['-LineItems', LI], stderr: `${N}: Cannot process command because of one or more missing mandatory parameters: CustomerId.` },
  { command: N, args: [], stderr: `${N}: Cannot process command because of one or more missing mandatory parameters: CustomerId LineItems.` },
  {
    command: N,
    args: ['-CustomerId', G, '-CustomerId', G, '-LineItems', LI],
    stderr: `${N}: Cannot bind parameter because parameter 'CustomerId' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
  },
  {
    command: N,
    args: ['-LineItems', LI, '-CustomerId'],
    stderr: `${N}: Missing an argument for parameter 'CustomerId'. Specify a parameter of type 'System.String' and try again.`,
  },
  {
    command: 'Get-PartnerCustomerCart',
    args: ['-CustomerId', 'not-a-guid', '-CartId', CART],
    stderr:
      "Get-PartnerCustomerCart: Cannot validate argument on parameter 'CustomerId'. The argument \"not-a-guid\" does not match the \"^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$\" pattern. Supply an argument that matches \"^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$\" and try the command again.",
  },
  {
    command: N,
    args: ['-CustomerId', G, '-LineItems', "@{CatalogItemId='x'; Quantity=1; BillingCycle='Weekly'}"],
    // pwsh's own conversion failure (CannotConvertArgumentNoMessage), with pcsh's newer billing cycles listed.
    stderr: `${N}: Cannot bind parameter 'LineItems'. Cannot create object of type "Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem". Cannot convert value "Weekly"`,
  },
  {
    command: 'Submit-PartnerCustomerCart',
    args: ['-CustomerId', G, '-CartId', CART, 'extra'],
    stderr: "Submit-PartnerCustomerCart: A positional parameter cannot be found that accepts argument 'extra'.",
  },
  {
    command: N,
    args: ['-CustomerId', G, '-LineItems', LI, '-ErrorAction', 'Suspend'],
    stderr: `${N}: Cannot bind parameter 'ErrorAction' to the target. Exception setting "ErrorAction": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`,
  },
  {
    command: 'Connect-PartnerCenter',
    args: ['-Environment', 'Emulator', '-ServicePrincipal'],
    stderr: 'Connect-PartnerCenter: Parameter set cannot be resolved using the specified named parameters.',
  },
];

for (const c of errors) {
  test(`${c.command} ${c.args.join(' ')}: exit 2, ConciseView error, nothing sent`.slice(0, 150), async () => {
    const sandbox = await connected();
    const result = await sandbox.run(c.command, c.args);
    assert.is(result.code, 2, result.stderr);
    assert.is(result.stdout, '');
    assert.ok(result.stderr.startsWith(c.stderr), `stderr was:\n${result.stderr}`);
    nothingSent(sandbox);
  });
}

test('a binding error comes before -WhatIf, -Confirm and -ErrorAction SilentlyContinue (not suppressed)', async () => {
  const sandbox = await connected();
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-Nope', '-WhatIf', '-ErrorAction', 'SilentlyContinue']);
  assert.is(result.code, 2);
  assert.is(result.stderr, `${N}: A parameter cannot be found that matches parameter name 'Nope'.\n`);
  nothingSent(sandbox);
});

test('pcsh <Cmdlet> renders binding errors the same way', async () => {
  const sandbox = await connected();
  const result = await sandbox.run('pcsh', [N, '-CustomerId', G, '-LineItems', LI, '-Bogus', '1']);
  assert.is(result.code, 2);
  assert.is(result.stderr, `${N}: A parameter cannot be found that matches parameter name 'Bogus'.\n`);
});

// ---- forms from other shells ---------------------------------------------------------------

test('-WhatIf: (bash emptied $false) is an error naming the shell expansion, exit 2', async () => {
  const sandbox = await connected();
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:']);
  assert.is(result.code, 2);
  assert.is(
    result.stderr,
    `${N}: Parameter -WhatIf: requires an argument.\nIf you typed -WhatIf:$false in bash or another POSIX shell, the shell expanded $false to nothing: quote it ('-WhatIf:$false') or write -WhatIf:false.\n`,
  );
  nothingSent(sandbox);
});

test('-WhatIf prints the What if line on stderr, nothing on stdout, nothing sent, exit 0', async () => {
  const sandbox = await connected();
  for (const form of ['-WhatIf', '-wi', '-WhatIf:$true', '-WhatIf:true', '-WhatIf:1']) {
    const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, form]);
    assert.is(result.code, 0, `${form}: ${result.stderr}`);
    assert.is(result.stdout, '');
    assert.is(result.stderr, WHAT_IF_NEW);
  }
  // -WhatIf -Confirm: the What if line, never a prompt (and so no NonInteractive error).
  const both = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', '-Confirm']);
  assert.is(both.code, 0);
  assert.is(both.stderr, WHAT_IF_NEW);
  nothingSent(sandbox);
});

test('-WhatIf:False (what pwsh passes for $false) runs the cmdlet', async () => {
  const sandbox = await connected();
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf:False']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stderr, '');
  const cart = JSON.parse(result.stdout) as { CartId: string; Status: string; LineItems: { Quantity: number }[] };
  assert.is(cart.Status, 'Active');
  assert.is(cart.LineItems[0]!.Quantity, 5);
  assert.equal(carts(sandbox), [`${cart.CartId}.json`]);
});

test('a stringified .NET object is refused with how to pass structured values, exit 2', async () => {
  const sandbox = await connected();
  for (const value of ['System.Collections.Hashtable', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem']) {
    const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', value]);
    assert.is(result.code, 2);
    assert.match(result.stderr, `${N}: Cannot process argument transformation on parameter 'LineItems'. The value "${value}" is the name of a .NET type, not the object itself`);
    assert.match(result.stderr, 'ConvertTo-Json');
    // The module the message names is the one the build writes (dist/pwsh/PartnerCenter).
    assert.match(result.stderr, 'Import-Module PartnerCenter');
    assert.ok(existsSync(join(root, 'dist', 'pwsh', 'PartnerCenter', 'PartnerCenter.psd1')));
  }
  nothingSent(sandbox);
});

test('-LineItems - reads JSON from stdin and creates the cart', async () => {
  const sandbox = await connected({}, 'spawn'); // the process's own stdin
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', '-'], { input: LI_JSON });
  assert.is(result.code, 0, result.stderr);
  const cart = JSON.parse(result.stdout) as { CartId: string; LineItems: { CatalogItemId: string }[] };
  assert.is(cart.LineItems[0]!.CatalogItemId, 'CFQ7TTC0LH18:0001:CFQ7TTC0K971');
  assert.equal(carts(sandbox), [`${cart.CartId}.json`]);
});

test('-LineItems - with bad JSON on stdin: a transformation error, exit 2, nothing sent', async () => {
  const sandbox = await connected({}, 'spawn'); // the process's own stdin
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', '-'], { input: '[{"CatalogItemId": ' });
  assert.is(result.code, 2);
  assert.match(result.stderr, `${N}: Cannot process argument transformation on parameter 'LineItems'.`);
  nothingSent(sandbox);
});

test('-LineItems @file.json reads the file (absolute path) and creates the cart', async () => {
  const sandbox = await connected();
  const file = join(sandbox.configDir, '..', 'items.json');
  writeFileSync(file, LI_JSON);
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', `@${file}`]);
  assert.is(result.code, 0, result.stderr);
  assert.is(carts(sandbox).length, 1);
});

test('-- ends the parameters: a later -WhatIf is a positional argument, not a switch', async () => {
  const sandbox = await connected();
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '--', '-WhatIf']);
  assert.is(result.code, 2);
  assert.is(result.stderr, `${N}: A positional parameter cannot be found that accepts argument '-WhatIf'.\n`);
  nothingSent(sandbox);
});

// ---- common parameters ---------------------------------------------------------------------

test('-Verbose explains that -OutVariable, -ErrorVariable, -OutBuffer … are honoured only by the pwsh module', async () => {
  const sandbox = await connected();
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', '-Verbose', '-OutVariable', 'x', '-ev', 'e', '-ob', '3', '-pv', 'p', '-wv', 'w', '-iv', 'i']);
  assert.is(result.code, 0, result.stderr);
  for (const name of ['OutVariable', 'ErrorVariable', 'OutBuffer', 'PipelineVariable', 'WarningVariable', 'InformationVariable']) {
    assert.match(result.stderr, new RegExp(`^VERBOSE: -${name} only has a meaning inside pwsh`, 'm'));
  }
  assert.ok(result.stderr.endsWith(WHAT_IF_NEW));
  // Without -Verbose the notes are not shown.
  const quiet = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-WhatIf', '-OutVariable', 'x']);
  assert.is(quiet.stderr, WHAT_IF_NEW);
});

test('-Verbose and -Debug write VERBOSE:/DEBUG: lines on stderr only; stdout stays the object', async () => {
  const sandbox = await connected();
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-Verbose', '-Debug']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, /^VERBOSE: /m);
  assert.match(result.stderr, /^DEBUG: /m);
  assert.not.match(result.stdout, /VERBOSE|DEBUG/);
  assert.ok((JSON.parse(result.stdout) as { CartId: string }).CartId);
});

test('every -ErrorAction value but Suspend/Break is accepted; an Ignore-d call still runs', async () => {
  const sandbox = await connected();
  for (const action of ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'silentlycontinue']) {
    const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-ea', action, '-WhatIf']);
    assert.is(result.code, 0, `${action}: ${result.stderr}`);
  }
  const brk = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-ErrorAction', 'Break']);
  assert.is(brk.code, 2);
  assert.match(brk.stderr, "Cannot process argument transformation on parameter 'ErrorAction'.");
  const bogus = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-ErrorAction', 'Sometimes']);
  assert.is(bogus.code, 2);
  assert.match(bogus.stderr, 'Unable to match the identifier name Sometimes to a valid enumerator name.');
  nothingSent(sandbox);
});

// ---- $ConfirmPreference ----------------------------------------------------------------------

const NON_INTERACTIVE = `${N}: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n`;

test('PCSH_CONFIRM_PREFERENCE=Low: New- (ConfirmImpact Medium) wants to prompt → NonInteractive error without a terminal, nothing sent', async () => {
  const sandbox = await connected({ PCSH_CONFIRM_PREFERENCE: 'Low' });
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI]);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.is(result.stderr, NON_INTERACTIVE);
  nothingSent(sandbox);
  // -Confirm:$false (and the forms from other shells) overrides the preference.
  for (const form of ['-Confirm:$false', '-Confirm:false', '-Confirm:False', '-Confirm:0']) {
    const ok = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, form]);
    assert.is(ok.code, 0, `${form}: ${ok.stderr}`);
  }
  assert.is(carts(sandbox).length, 4);
});

test('PCSH_CONFIRM_PREFERENCE=Medium prompts too; =High (the default) and =None do not', async () => {
  const medium = await connected({ PCSH_CONFIRM_PREFERENCE: 'medium' });
  const asked = await medium.run(N, ['-CustomerId', G, '-LineItems', LI]);
  assert.is(asked.code, 1);
  assert.is(asked.stderr, NON_INTERACTIVE);
  for (const preference of ['High', 'None', '']) {
    const sandbox = await connected({ PCSH_CONFIRM_PREFERENCE: preference });
    const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI]);
    assert.is(result.code, 0, `${preference}: ${result.stderr}`);
    assert.is(carts(sandbox).length, 1);
  }
});

test('PCSH_CONFIRM_PREFERENCE=None: an explicit -Confirm still asks (as in PowerShell) → NonInteractive without a terminal', async () => {
  const sandbox = await connected({ PCSH_CONFIRM_PREFERENCE: 'None' });
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI, '-Confirm']);
  assert.is(result.code, 1);
  assert.is(result.stderr, NON_INTERACTIVE);
  nothingSent(sandbox);
});

test('PCSH_CONFIRM_PREFERENCE with a bad value: a usage error naming the values, exit 2, nothing sent', async () => {
  const sandbox = await connected({ PCSH_CONFIRM_PREFERENCE: 'Sometimes' });
  const result = await sandbox.run(N, ['-CustomerId', G, '-LineItems', LI]);
  assert.is(result.code, 2);
  assert.match(result.stderr, 'PCSH_CONFIRM_PREFERENCE has the value "Sometimes", which is not a ConfirmImpact. Set it to None, Low, Medium or High');
  nothingSent(sandbox);
});

test('Get-PartnerCustomerCart has no ShouldProcess: -WhatIf is an unknown parameter there', async () => {
  const sandbox = await connected();
  const result = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', G, '-CartId', CART, '-WhatIf']);
  assert.is(result.code, 2);
  assert.match(result.stderr, "Get-PartnerCustomerCart: A parameter cannot be found that matches parameter name 'WhatIf'.");
  nothingSent(sandbox);
});

test.run();
