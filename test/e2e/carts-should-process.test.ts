/**
 * -WhatIf / -Confirm of the cart cmdlets through the spawned commands: a What if line on stderr,
 * nothing on stdout and NO request (the embedded emulator's requests.log is unchanged);
 * -Confirm with no terminal is PowerShell's NonInteractive error; -Confirm:$false runs.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  BASIC_LITERAL, CUSTOMER, RESERVED_VM_LITERAL, connectedSandbox, newCart, requestLogText, single, storedCartIds,
} from './fixtures-carts/helpers.ts';
import type { Sandbox } from './run-command.ts';

const NON_INTERACTIVE = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

interface Case { command: string; args(cartId: string): string[]; target(cartId: string): string }

const CASES: Case[] = [
  {
    command: 'New-PartnerCustomerCart',
    args: () => ['-CustomerId', CUSTOMER, '-LineItems', RESERVED_VM_LITERAL],
    target: () => `Creates a new cart for the customer with the identifier of ${CUSTOMER}.`,
  },
  {
    command: 'Set-PartnerCustomerCart',
    args: (id) => ['-CustomerId', CUSTOMER, '-CartId', id, '-LineItems', RESERVED_VM_LITERAL],
    target: (id) => `Updates the cart with the identifier of ${id}.`,
  },
  {
    command: 'Add-PartnerCustomerCartLineItem',
    args: (id) => ['-CustomerId', CUSTOMER, '-CartId', id, '-LineItem', RESERVED_VM_LITERAL],
    target: (id) => `Adds a new line item to the cart with the identifier of ${id}.`,
  },
  {
    command: 'Submit-PartnerCustomerCart',
    args: (id) => ['-CustomerId', CUSTOMER, '-CartId', id],
    target: (id) => `Checks out the cart with the identifier of ${id}.`,
  },
];

let shared: { sandbox: Sandbox; cartId: string } | undefined;
async function setup() {
  if (!shared) {
    const sandbox = await connectedSandbox({}, 'in-process');
    const cart = await newCart(sandbox, BASIC_LITERAL);
    shared = { sandbox, cartId: cart.CartId };
  }
  return shared;
}

for (const c of CASES) {
  test(`${c.command} -WhatIf: the What if line on stderr, exit 0, nothing on stdout, no request`, async () => {
    const { sandbox, cartId } = await setup();
    const before = requestLogText(sandbox.dataDir);
    const result = await sandbox.run(c.command, [...c.args(cartId), '-WhatIf']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, '');
    assert.is(result.stderr, `What if: Performing the operation "${c.command}" on target "${c.target(cartId)}".\n`);
    assert.is(requestLogText(sandbox.dataDir), before, 'the emulator saw a request');
  });

  test(`${c.command} -Confirm with no terminal: NonInteractive error, exit 1, no request`, async () => {
    const { sandbox, cartId } = await setup();
    const before = requestLogText(sandbox.dataDir);
    const result = await sandbox.run(c.command, [...c.args(cartId), '-Confirm']);
    assert.is(result.code, 1, result.stderr);
    assert.is(result.stdout, '');
    assert.is(result.stderr, `${c.command}: ${NON_INTERACTIVE}\n`);
    assert.is(requestLogText(sandbox.dataDir), before, 'the emulator saw a request');
  });
}

test('-WhatIf -Confirm together: WhatIf wins, nothing sent', async () => {
  const { sandbox } = await setup();
  const before = requestLogText(sandbox.dataDir);
  const result = await sandbox.run('New-PartnerCustomerCart', [...CASES[0]!.args(''), '-Confirm', '-WhatIf']);
  assert.is(result.code, 0);
  assert.match(result.stderr, /^What if: /);
  assert.is(requestLogText(sandbox.dataDir), before);
});

test('PCSH_CONFIRM_PREFERENCE=Medium asks for a Medium-impact cmdlet: NonInteractive with no terminal, nothing sent', async () => {
  const { sandbox } = await setup();
  const before = requestLogText(sandbox.dataDir);
  const result = await sandbox.run('New-PartnerCustomerCart', CASES[0]!.args(''), { env: { PCSH_CONFIRM_PREFERENCE: 'Medium' } });
  assert.is(result.code, 1);
  assert.is(result.stderr, `New-PartnerCustomerCart: ${NON_INTERACTIVE}\n`);
  assert.is(requestLogText(sandbox.dataDir), before);
  // ... and -Confirm:$false overrides the preference
  const confirmed = await sandbox.run('New-PartnerCustomerCart', [...CASES[0]!.args(''), '-Confirm:$false'], { env: { PCSH_CONFIRM_PREFERENCE: 'Medium' } });
  single(confirmed, 'New -Confirm:$false with PCSH_CONFIRM_PREFERENCE=Medium');
});

test('-Confirm:$false, -Confirm:false and -WhatIf:$false run every cmdlet (New → Set → Add → Submit)', async () => {
  const sandbox = await connectedSandbox({}, 'in-process');
  const created = single(await sandbox.run('New-PartnerCustomerCart', [...CASES[0]!.args(''), '-Confirm:$false']), 'New');
  const id = created.CartId as string;
  const set = single(await sandbox.run('Set-PartnerCustomerCart', [...CASES[1]!.args(id), '-Confirm:false']), 'Set');
  assert.is(set.LineItems.length, 1);
  const added = single(await sandbox.run('Add-PartnerCustomerCartLineItem', [...CASES[2]!.args(id), '-WhatIf:$false']), 'Add');
  assert.is(added.LineItems.length, 2);
  const submitted = single(await sandbox.run('Submit-PartnerCustomerCart', [...CASES[3]!.args(id), '-Confirm:$false']), 'Submit');
  assert.is(submitted.Orders.length, 1);
  assert.equal(storedCartIds(sandbox.dataDir), [id]);
});

test('-WhatIf needs no connection and sends nothing', async () => {
  const { createSandbox } = await import('./run-command.ts');
  const sandbox = createSandbox({}, 'in-process');
  const result = await sandbox.run('New-PartnerCustomerCart', [...CASES[0]!.args(''), '-WhatIf']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, /^What if: Performing the operation "New-PartnerCustomerCart"/);
  assert.is(requestLogText(sandbox.dataDir), '');
});

test.run();
