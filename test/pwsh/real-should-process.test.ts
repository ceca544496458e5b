/**
 * Issue 9, defect 1, in real pwsh: -WhatIf, -Confirm, $WhatIfPreference and $ConfirmPreference
 * from a calling script or function reach Submit-PartnerCustomerCart exactly as they reach
 * New-Item (a compiled cmdlet): nothing is sent to the emulator (requests.log unchanged) and the
 * cart stays Active. -Verbose / -ErrorAction / -ErrorVariable / $ErrorActionPreference through a
 * wrapper function likewise.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createSandbox, describe, requirePwsh, runScript } from './real/harness.ts';

const pwsh = requirePwsh('real-should-process.test.ts');

async function shouldProcessCase(name: string): Promise<Record<string, any>> {
  const run = await runScript(pwsh!, createSandbox(), 'should-process.ps1', ['-Case', name]);
  assert.is(run.results.length, 1, describe(run));
  return run.results[0];
}

if (pwsh !== null) {
  test('./order.ps1 -WhatIf (a wrapper script): nothing sent, the cart stays Active, What if printed as New-Item does', async () => {
    const run = await runScript(pwsh, createSandbox(), 'should-process.ps1', ['-Case', 'script-whatif']);
    const [result] = run.results;
    assert.equal({ sent: result.sent, status: result.status, fileCreated: result.fileCreated }, { sent: 0, status: 'Active', fileCreated: false }, describe(run));
    assert.match(run.stdout, /What if: Performing the operation "Submit-PartnerCustomerCart" on target "Checks out the cart with the identifier of [0-9a-f-]{36}\."/);
    assert.match(run.stdout, /What if: Performing the operation "Create File" on target/);
  });

  test('a wrapper function given -WhatIf: nothing sent, New-Item skipped too', async () => {
    assert.equal(await shouldProcessCase('function-whatif'), { sent: 0, status: 'Active', fileCreated: false, error: null, newItemError: null });
  });

  test('$WhatIfPreference = $true in the caller, through a plain function: nothing sent', async () => {
    assert.equal(await shouldProcessCase('whatif-preference'), { sent: 0, status: 'Active', fileCreated: false, error: null, newItemError: null });
  });

  test('-WhatIf:$false given to the wrapper: the cart is checked out (exactly the checkout request) and the file made', async () => {
    const result = await shouldProcessCase('whatif-false');
    assert.equal({ status: result.status, fileCreated: result.fileCreated, error: result.error }, { status: 'Ordered', fileCreated: true, error: null });
    assert.ok(result.sent >= 1, JSON.stringify(result));
  });

  test('$ConfirmPreference = Low in the caller without a console: the same error as New-Item, nothing sent', async () => {
    const result = await shouldProcessCase('confirm-preference');
    assert.equal({ sent: result.sent, status: result.status, fileCreated: result.fileCreated }, { sent: 0, status: 'Active', fileCreated: false });
    assert.ok(result.error && result.newItemError, JSON.stringify(result));
    assert.is(result.error.Exception, result.newItemError.Exception);
    assert.is(result.error.Category, result.newItemError.Category);
    assert.is(result.error.Message, result.newItemError.Message);
    assert.is(result.error.Id.split(',')[0], result.newItemError.Id.split(',')[0]);
    assert.is(result.error.Id.split(',')[1], 'Microsoft.Store.PartnerCenter.PowerShell.Commands.SubmitPartnerCustomerCart');
  });

  test('-Confirm without a console: the error New-Item -Confirm gives (not a MethodInvocationException), nothing sent', async () => {
    const result = await shouldProcessCase('confirm-switch');
    assert.equal({ sent: result.sent, status: result.status }, { sent: 0, status: 'Active' });
    assert.is(result.error.Exception, result.newItemError.Exception);
    assert.is.not(result.error.Exception, 'System.Management.Automation.MethodInvocationException');
    assert.is(result.error.Message, result.newItemError.Message);
  });

  test('-Verbose, -ErrorAction, -ErrorVariable and $ErrorActionPreference through a wrapper function', async () => {
    const run = await runScript(pwsh, createSandbox(), 'streams.ps1');
    assert.is(run.results.length, 1, describe(run));
    const [r] = run.results;
    assert.is(r.quiet, 0);
    assert.ok(r.loud.some((m: string) => /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/customers\/.+ → HTTP 200/.test(m)), r.loud.join('\n'));
    // One emulator for the session: a later -Verbose call does not report a new one.
    assert.not.ok(r.loudAgain.some((m: string) => m.startsWith('Embedded Partner Center emulator')), r.loudAgain.join('\n'));
    assert.is(r.stopped, 'PartnerCenterError.800008,Microsoft.Store.PartnerCenter.PowerShell.Commands.GetPartnerCustomerCart');
    assert.is(r.preference, 'PartnerCenterError.800008,Microsoft.Store.PartnerCenter.PowerShell.Commands.GetPartnerCustomerCart');
    assert.is(r.silentOutput, 0);
    assert.is(r.wrapperErrors.length, 1, JSON.stringify(r.wrapperErrors));
    const expected = {
      Id: 'PartnerCenterError.800008,Microsoft.Store.PartnerCenter.PowerShell.Commands.GetPartnerCustomerCart',
      Category: 'ObjectNotFound',
      Activity: 'Get-PartnerCustomerCart',
      Reason: 'PcshException',
      Exception: 'Pcsh.PowerShell.PcshException',
      Inner: null,
    };
    const { Message, ...shape } = r.direct[0];
    assert.equal(shape, expected);
    assert.match(Message, /no-such-cart: it does not exist or has expired/);
    const { Message: _m, ...wrapperShape } = r.wrapperErrors[0];
    assert.equal(wrapperShape, expected);
  });
}

test.run();
