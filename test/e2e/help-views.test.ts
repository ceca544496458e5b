/**
 * Issue 2 end to end: Get-Help, `<Cmdlet> -?` and Get-Command through the real commands
 * (dist/bin shims, stdout a pipe so width 80), compared with the golden files the unit tests use;
 * the error paths (HelpNotFound, no parameter match, unknown command) with their exit codes; the
 * `pcsh` host's own --help / --version / no-argument behaviour.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, root } from './run-command.ts';

const sandbox = createSandbox({}, 'in-process');
/** yargs (--help, --version) writes to the process's own stdout. */
const spawned = createSandbox();
const golden = (file: string) => readFileSync(join(root, 'test/help/golden', file), 'utf8');
const N = 'New-PartnerCustomerCart';

const views: { args: string[]; file: string }[] = [
  { args: [N], file: `${N}.default.txt` },
  { args: [N, '-Detailed'], file: `${N}.detailed.txt` },
  { args: [N, '-Full'], file: `${N}.full.txt` },
  { args: [N, '-Examples'], file: `${N}.examples.txt` },
  { args: [N, '-Parameter', 'CustomerId'], file: `${N}.parameter-CustomerId.txt` },
  { args: ['Connect-PartnerCenter', '-Full'], file: 'Connect-PartnerCenter.full.txt' },
  { args: ['Connect-PartnerCenter', '-Parameter', 'U*'], file: 'Connect-PartnerCenter.parameter-U-star.txt' },
  // Get-Help's own binding: -Name is positional, names are prefixes, case-insensitive.
  { args: ['-Name', N.toLowerCase(), '-fu'], file: `${N}.full.txt` },
  { args: ['Connect-PartnerCenter', '-Parameter', 'tenant'], file: 'Connect-PartnerCenter.parameter-Tenant.txt' },
];

for (const view of views) {
  test(`pcsh Get-Help ${view.args.join(' ')} prints ${view.file} exactly`, async () => {
    const result = await sandbox.run('pcsh', ['Get-Help', ...view.args]);
    assert.is(result.stderr, '');
    assert.is(result.code, 0);
    assert.fixture(result.stdout, golden(view.file));
  });
}

test('Get-Help by its own command name gives the same text as through pcsh', async () => {
  const direct = await sandbox.run('Get-Help', [N, '-Full']);
  assert.is(direct.code, 0);
  assert.fixture(direct.stdout, golden(`${N}.full.txt`));
});

test(`${N} -? prints the default view (also through pcsh, and among other arguments)`, async () => {
  for (const [command, args] of [
    [N, ['-?']],
    ['pcsh', [N, '-?']],
    [N, ['-CustomerId', 'not-a-guid', '-?']],
  ] as const) {
    const result = await sandbox.run(command, [...args]);
    assert.is(result.code, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
    assert.is(result.stderr, '');
    assert.fixture(result.stdout, golden(`${N}.default.txt`));
  }
});

test('every line at width 80 fits and has no trailing space', async () => {
  const result = await sandbox.run('pcsh', ['Get-Help', 'Connect-PartnerCenter', '-Full']);
  assert.is(result.code, 0);
  for (const line of result.stdout.split('\n')) {
    assert.ok(line.length <= 79, line);
    assert.not.match(line, / $/);
  }
});

test('Get-Help Nope: PowerShell\'s HelpNotFound text on stderr, nothing on stdout, exit 1', async () => {
  const result = await sandbox.run('pcsh', ['Get-Help', 'Nope']);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.is(
    result.stderr,
    'Get-Help: Get-Help could not find Nope in a help file in this session. To download updated help topics type: "Update-Help". ' +
      'To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.\n',
  );
});

test('Get-Help -Parameter Nope: "No parameter matches criteria Nope.", exit 1', async () => {
  const result = await sandbox.run('pcsh', ['Get-Help', N, '-Parameter', 'Nope']);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.is(result.stderr, 'Get-Help: No parameter matches criteria Nope.\n');
});

test('Get-Help -Online for a page that names no address: pwsh\'s "URI ... is not specified" error, exit 1, nothing printed', async () => {
  for (const name of [N, 'Get-Help', 'Connect-PartnerCenter']) {
    const result = await sandbox.run('pcsh', ['Get-Help', name, '-Online']);
    assert.is(result.code, 1, name);
    assert.is(result.stdout, '', name);
    assert.is(
      result.stderr,
      'Get-Help: The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic ' +
        'is not specified in the command code or in the help file for the command.\n',
      name,
    );
  }
});

test('Get-Help with a bad parameter is a binding error (exit 2)', async () => {
  const result = await sandbox.run('pcsh', ['Get-Help', N, '-Fullest']);
  assert.is(result.code, 2);
  assert.is(result.stderr.split('\n')[0], "Get-Help: A parameter cannot be found that matches parameter name 'Fullest'.");
});

test('Get-Help with no name shows its own help (as PowerShell shows its help topic)', async () => {
  const result = await sandbox.run('pcsh', ['Get-Help']);
  assert.is(result.code, 0);
  assert.ok(result.stdout.startsWith('\nNAME\n    Get-Help\n'), result.stdout.slice(0, 40));
});

// ---- Get-Command --------------------------------------------------------------------------

const HEADER = [
  '',
  'CommandType     Name                                   Version    Source',
  '-----------     ----                                   -------    ------',
];
const row = (name: string) => `Cmdlet          ${name.padEnd(39)}0.1.0      PartnerCenter`;
const listing = (names: string[]) => [...HEADER, ...names.map(row), '', ''].join('\n');
/** Every Get-Partner… cmdlet, sorted: the catalog cmdlets and Get-PartnerCustomerCart. */
const GET_PARTNER = ['Get-PartnerCustomer', 'Get-PartnerCustomerCart', 'Get-PartnerProduct', 'Get-PartnerProductAvailability', 'Get-PartnerProductSku'];
const ALL = [
  'Add-PartnerCustomerCartLineItem',
  'Connect-PartnerCenter',
  'Disconnect-PartnerCenter',
  'Get-Command',
  'Get-Help',
  ...GET_PARTNER,
  'New-PartnerCustomerCart',
  'Set-PartnerCustomerCart',
  'Submit-PartnerCustomerCart',
];

const commandCases: { args: string[]; names: string[] }[] = [
  { args: [], names: ALL },
  { args: ['-Verb', 'Get'], names: ['Get-Command', 'Get-Help', ...GET_PARTNER] },
  { args: ['-verb', 'get'], names: ['Get-Command', 'Get-Help', ...GET_PARTNER] },
  { args: ['*Cart*'], names: ALL.filter((n) => n.includes('Cart')) },
  { args: ['-Name', '*cart'], names: ['Get-PartnerCustomerCart', 'New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Submit-PartnerCustomerCart'] },
  { args: ['-Noun', 'PartnerCenter'], names: ['Connect-PartnerCenter', 'Disconnect-PartnerCenter'] },
  { args: ['-Noun', 'PartnerCustomerCart*'], names: ALL.filter((n) => n.includes('PartnerCustomerCart')) },
  { args: ['-Verb', 'Set', '-Noun', 'PartnerCustomerCart'], names: ['Set-PartnerCustomerCart'] },
];

for (const c of commandCases) {
  test(`pcsh Get-Command ${c.args.join(' ')}`, async () => {
    const result = await sandbox.run('pcsh', ['Get-Command', ...c.args]);
    assert.is(result.stderr, '');
    assert.is(result.code, 0);
    assert.fixture(result.stdout, listing(c.names));
  });
}

test('Get-Command -Syntax prints the syntax lines, wrapped at 80', async () => {
  const result = await sandbox.run('Get-Command', [N, '-Syntax']);
  assert.is(result.code, 0);
  assert.fixture(result.stdout, `\n${N} -CustomerId <String> -LineItems <PSCartLineItem[]>\n[-PartnerOnRecordAttestationAccepted] [-WhatIf] [-Confirm] [<CommonParameters>]\n\n`);
  const connect = await sandbox.run('Get-Command', ['Connect-PartnerCenter', '-Syntax']);
  assert.is(connect.code, 0);
  // Five parameter sets, one syntax paragraph each.
  assert.is(connect.stdout.match(/^Connect-PartnerCenter /gm)?.length, 5);
});

test('Get-Command for a name that matches nothing: CommandNotFound, exit 1', async () => {
  const result = await sandbox.run('pcsh', ['Get-Command', 'Nope']);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.match(result.stderr, "Get-Command: The term 'Nope' is not recognized as a name of a cmdlet");
});

// ---- the pcsh host ------------------------------------------------------------------------

test('pcsh New-PartnerCustomerKart: not recognized, did you mean New-PartnerCustomerCart, exit 2', async () => {
  const result = await sandbox.run('pcsh', ['New-PartnerCustomerKart', '-CustomerId', 'x']);
  assert.is(result.code, 2);
  assert.is(result.stdout, '');
  assert.is(
    result.stderr,
    "New-PartnerCustomerKart: The term 'New-PartnerCustomerKart' is not recognized as a name of a cmdlet, function, script file, or executable program.\n" +
      'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n\n' +
      'Suggestion: did you mean New-PartnerCustomerCart?\n',
  );
});

test('an unknown command with nothing close has no suggestion', async () => {
  const result = await sandbox.run('pcsh', ['Frobnicate-Everything']);
  assert.is(result.code, 2);
  assert.match(result.stderr, "The term 'Frobnicate-Everything' is not recognized");
  assert.not.match(result.stderr, 'did you mean');
});

test('cmdlet names are case-insensitive through pcsh', async () => {
  const result = await sandbox.run('pcsh', ['get-help', 'new-partnercustomercart', '-full']);
  assert.is(result.code, 0);
  assert.fixture(result.stdout, golden(`${N}.full.txt`));
});

test('pcsh with no arguments: a usage error pointing at Get-Command, exit 2', async () => {
  const result = await sandbox.run('pcsh', []);
  assert.is(result.code, 2);
  assert.is(result.stdout, '');
  assert.match(result.stderr, 'pcsh Get-Command');
  assert.match(result.stderr, 'pcsh --help');
});

test('pcsh --help lists the host commands, exit 0', async () => {
  const result = await spawned.run('pcsh', ['--help']);
  assert.is(result.code, 0);
  for (const command of ['pcsh <Cmdlet>', 'registry build', 'emulator start', 'trace-binding', 'pwsh-module']) assert.match(result.stdout, command);
});

test('pcsh --version prints package.json\'s version', async () => {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const result = await spawned.run('pcsh', ['--version']);
  assert.is(result.code, 0);
  assert.is(result.stdout, `${version}\n`);
});

test('pcsh --format bogus Get-Command is a usage error naming the formats', async () => {
  const result = await sandbox.run('pcsh', ['--format', 'bogus', 'Get-PartnerCustomerCart', '-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-CartId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08']);
  assert.is(result.code, 2);
  assert.match(result.stderr, 'Cannot use output format "bogus". Use one of: json, list, table.');
});

test.run();
