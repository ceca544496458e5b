/**
 * -WarningAction / -ErrorAction end to end, through the spawned commands and the embedded
 * emulator: line items saved with an error give a warning (New/Set/Add/Get); a checkout whose
 * reserved instance names the unregistered subscription gives an OrderError, written by
 * Submit-PartnerCustomerCart as a non-terminating error after the checkout result.
 * The Inquire prompt is driven on a pseudo-terminal (util-linux `script`), skipped where absent.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root, type Sandbox } from './run-command.ts';
import {
  BASIC_LITERAL, BUSINESS_BASIC, BUSINESS_BASIC_ADDON, CUSTOMER, RESERVED_VM, connectedSandbox, jsonLines, newCart, single,
} from './fixtures-carts/helpers.ts';

const UNREGISTERED = '00000000-0000-0000-0000-000000010011';
const UNREGISTERED_RI = `@{CatalogItemId='${RESERVED_VM}'; Quantity=2; BillingCycle='OneTime'; ProvisioningContext=@{duration='1Year'; scope='shared'; subscriptionId='${UNREGISTERED}'}}`;
const TOO_MANY_SEATS = `@{CatalogItemId='${BUSINESS_BASIC}'; Quantity=301; BillingCycle='Monthly'; TermDuration='P1M'}`;
const ADDON_OVER_BASE = JSON.stringify([{
  CatalogItemId: BUSINESS_BASIC, Quantity: 2, BillingCycle: 'Monthly', TermDuration: 'P1M',
  AddonItems: [{ CatalogItemId: BUSINESS_BASIC_ADDON, Quantity: 5, BillingCycle: 'Monthly', TermDuration: 'P1M' }],
}]);

const SEATS_WARNING = new RegExp(
  `^WARNING: Line item 0 \\(${BUSINESS_BASIC}\\): MaxAllowedSeatsPerSubscriptionExceeded: .+\\. Checkout will fail until it is fixed\\.$`, 'm',
);
const ORDER_ERROR = `Submit-PartnerCustomerCart: Order group 1 was not ordered: 10011 SubscriptionNotRegistered: Subscription ${UNREGISTERED} is not registered for reserved instance purchases`;
const STOP_PREFIX = (variable: string) => `The running command stopped because the preference variable "${variable}" or common parameter is set to Stop: `;

/** A cart with an orderable Business Basic group (0) and the unregistered reserved instance (1). */
async function cartWithUnregisteredRi(sandbox: Sandbox): Promise<string> {
  return (await newCart(sandbox, `${BASIC_LITERAL},${UNREGISTERED_RI}`)).CartId as string;
}

const submit = (sandbox: Sandbox, cartId: string, ...extra: string[]) =>
  sandbox.run('Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cartId, ...extra]);

test('a line item saved with an error: New warns (exit 0, cart on stdout); -WarningAction SilentlyContinue hides it; Stop ends the command after the cart was printed', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const shown = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', TOO_MANY_SEATS]);
  const cart = single(shown, 'New with a line error');
  assert.is(cart.LineItems[0].Error.ErrorCode, 'MaxAllowedSeatsPerSubscriptionExceeded');
  assert.match(shown.stderr, SEATS_WARNING);
  assert.is(shown.stderr.trimEnd().split('\n').length, 1, shown.stderr);

  for (const args of [['-WarningAction', 'SilentlyContinue'], ['-wa', 'Ignore']]) {
    const hidden = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', TOO_MANY_SEATS, ...args]);
    single(hidden, args.join(' '));
    assert.is(hidden.stderr, '', args.join(' '));
  }

  const stopped = await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', TOO_MANY_SEATS, '-WarningAction', 'Stop']);
  assert.is(stopped.code, 1, stopped.stderr);
  assert.is(jsonLines(stopped).length, 1, 'the saved cart is still printed');
  assert.match(stopped.stderr, SEATS_WARNING);
  assert.ok(stopped.stderr.includes(`New-PartnerCustomerCart: ${STOP_PREFIX('WarningPreference')}Line item 0 (${BUSINESS_BASIC}): MaxAllowedSeatsPerSubscriptionExceeded`), stopped.stderr);
});

test('Get, Set and Add warn about every line item and add-on with an error', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const cart = single(await sandbox.run('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', ADDON_OVER_BASE, '-WarningAction', 'SilentlyContinue']));
  const get = await sandbox.run('Get-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId]);
  single(get, 'Get');
  assert.match(get.stderr, new RegExp(`^WARNING: Line item 0 add-on 0 \\(${BUSINESS_BASIC_ADDON}\\): BaseOfferSeatQuantityNotMet: .+ Checkout will fail until it is fixed\\.$`, 'm'));

  const set = await sandbox.run('Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItems', TOO_MANY_SEATS]);
  single(set, 'Set');
  assert.match(set.stderr, SEATS_WARNING);

  const add = await sandbox.run('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItem', BASIC_LITERAL]);
  assert.is(single(add, 'Add').LineItems.length, 2);
  assert.is(add.stderr.trimEnd().split('\n').length, 1, add.stderr);
  assert.match(add.stderr, SEATS_WARNING);

  const clean = await sandbox.run('Set-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', cart.CartId, '-LineItems', BASIC_LITERAL]);
  single(clean, 'Set fixed');
  assert.is(clean.stderr, '');
});

test('Submit with an order error: the checkout result on stdout, the OrderError on stderr, exit 1', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const result = await submit(sandbox, await cartWithUnregisteredRi(sandbox));
  assert.is(result.code, 1, result.stderr);
  const [checkout] = jsonLines(result);
  assert.is(checkout!.Orders.length, 1);
  assert.equal(checkout!.OrderErrors.map((e: any) => [e.OrderGroupId, e.Code]), [['1', '10011']]);
  const lines = result.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, result.stderr);
  assert.ok(lines[0]!.startsWith(ORDER_ERROR), result.stderr);
});

test('-ErrorAction SilentlyContinue / Ignore hide the order error; the result is printed and the exit code is still 1 ($? is false)', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const cartId = await cartWithUnregisteredRi(sandbox);
  for (const args of [['-ErrorAction', 'SilentlyContinue'], ['-ea', 'Ignore']]) {
    const result = await submit(sandbox, cartId, ...args);
    assert.is(result.code, 1, args.join(' '));
    assert.is(result.stderr, '', args.join(' '));
    assert.is(jsonLines(result)[0]!.OrderErrors.length, 1);
  }
});

test('-ErrorAction Stop: terminating ActionPreferenceStop with PowerShell\'s text, exit 1, the checkout result printed before it', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const result = await submit(sandbox, await cartWithUnregisteredRi(sandbox), '-ErrorAction', 'Stop');
  assert.is(result.code, 1);
  assert.is(jsonLines(result).length, 1);
  const lines = result.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, result.stderr);
  assert.ok(lines[0]!.startsWith(`Submit-PartnerCustomerCart: ${STOP_PREFIX('ErrorActionPreference')}Order group 1 was not ordered: 10011 SubscriptionNotRegistered`), result.stderr);
});

test('-ErrorAction Inquire with no terminal: PowerShell\'s NonInteractive error, exit 1', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const result = await submit(sandbox, await cartWithUnregisteredRi(sandbox), '-ErrorAction', 'Inquire');
  assert.is(result.code, 1);
  assert.is(result.stderr.trimEnd(), 'Submit-PartnerCustomerCart: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
});

const hasScript = process.platform === 'linux' && spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
if (!hasScript) console.log('skipped: util-linux `script` is not available; the -ErrorAction Inquire prompt tests did not run');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a command on a pty; waits for `waitFor`, types each answer in turn. */
function onTerminal(sandbox: Sandbox, command: string, args: string[], waitFor: string, answers: string[]): Promise<{ code: number; output: string }> {
  const line = [process.execPath, join(root, 'dist/bin', `${command}.js`), ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', line, '/dev/null'], { env: { ...sandbox.env, TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let from = 0;
    const pending = [...answers];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for the prompt; output so far:\n${output}`));
    }, 20_000);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString().replace(/\r/g, '');
      for (;;) {
        const at = output.indexOf(waitFor, from);
        if (at < 0 || pending.length === 0) break;
        from = at + waitFor.length;
        child.stdin.write(`${pending.shift()!}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending.length > 0) reject(new Error(`exited (${code}) with answers left; output:\n${output}`));
      else resolve({ code: code ?? -1, output });
    });
  });
}

const CHOICES = '[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"): ';

test('-ErrorAction Inquire on a terminal: PowerShell\'s prompt with the error; ? lists the choices, H halts with PowerShell\'s text', async () => {
  if (!hasScript) return;
  const sandbox = await connectedSandbox({}, 'in-process');
  const { code, output } = await onTerminal(sandbox, 'Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', await cartWithUnregisteredRi(sandbox), '-ErrorAction', 'Inquire'], CHOICES, ['?', 'S', 'H']);
  assert.is(code, 1, output);
  assert.match(output, /\nConfirm\nOrder group 1 was not ordered: 10011 SubscriptionNotRegistered: Subscription 0{8}-0{4}-0{4}-0{4}-000000010011 is not registered[^\n]*\n\[Y\] Yes {2}\[A\] Yes to All {2}\[H\] Halt Command {2}\[S\] Suspend {2}\[\?\] Help \(default is "Y"\): /);
  assert.ok(output.includes('Y - Continue with only the next step of the operation.\nA - Continue with all the steps of the operation.\nH - Stop this command.\n'), output);
  assert.ok(output.includes('Suspend is only available inside pwsh'), output);
  assert.ok(output.includes('Submit-PartnerCustomerCart: The running command stopped because the user selected the Stop option.'), output);
  assert.not.ok(output.includes(ORDER_ERROR), 'the error itself is not written after H');
  assert.ok(output.includes('Orders'), 'the checkout result is still printed');
});

test('-ErrorAction Inquire on a terminal: Y writes the error and goes on (exit 1)', async () => {
  if (!hasScript) return;
  const sandbox = await connectedSandbox({}, 'in-process');
  const { code, output } = await onTerminal(sandbox, 'Submit-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-CartId', await cartWithUnregisteredRi(sandbox), '-ErrorAction', 'Inquire'], CHOICES, ['Y']);
  assert.is(code, 1, output);
  assert.ok(output.includes(ORDER_ERROR), output);
  assert.not.ok(output.includes('The running command stopped'), output);
});

test.run();
