/**
 * Issue 9, defects 3, 4 and 6, in real pwsh: the commands are cmdlets (Get-Command -CommandType
 * Cmdlet), no job is left behind by the import, Connect-PartnerCenter returns PartnerContext and
 * PSCart lists its properties in the original's order, help comes from the MAML file,
 * Remove-Module ends the host, and two sessions at once stay independent.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, describe, MODULE, requirePrebuilt, requirePwsh, root, runScript } from './real/harness.ts';
import { assemblySourceHash } from '../../src/pwsh/module/source-hash.ts';
import { exportedCmdlets } from '../../src/pwsh/module/generate-module.ts';
import { realRegistry } from '../fixtures/real-registry.ts';

const pwsh = requirePwsh('real-module.test.ts');
const sourceHash = assemblySourceHash(readFileSync(join(MODULE, '..', 'PartnerCenter.cs'), 'utf8'));
/** The build's prebuilt DLL (bin/<source hash>/), or null (and a line saying so) where the build had no .NET SDK. */
const prebuilt = pwsh === null ? null : requirePrebuilt('real-module.test.ts', sourceHash);
/** Every registry cmdlet but pwsh's own Get-Help and Get-Command (generate-module.ts). */
const CMDLETS = exportedCmdlets(realRegistry()).map((c) => c.name);
/** The original PSCart's property order (Partner-Center-PowerShell src/PowerShell/Models/Carts/PSCart.cs). */
const PSCART_ORDER = ['CreationTimestamp', 'ExpirationTimestamp', 'CartId', 'LastModifiedTimestamp', 'LastModifiedUser', 'LineItems', 'Status'];

if (pwsh !== null) {
  test('one session: cmdlets, no jobs, PartnerContext, PSCart order, MAML help; Remove-Module ends the host', async () => {
    const run = await runScript(pwsh, createSandbox(), 'module.ps1');
    assert.is(run.results.length, 2, describe(run));
    const [r, removed] = run.results;
    assert.equal([...r.cmdlets].sort(), CMDLETS);
    assert.equal(r.functions, []);
    assert.is(r.implementingType, 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart');
    assert.equal(r.outputType, ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart']);
    assert.is(r.jobs, 0);
    assert.is(r.waited, 0);
    assert.is(r.contextType, 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext');
    // On purpose (README, The PowerShell module): the original's type name with pcsh's own properties.
    assert.equal(r.contextProperties, ['Account', 'Environment', 'Tenant', 'AuthMode', 'ApplicationId']);
    assert.is(r.cartType, 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart');
    // The original's seven in its order, then pcsh's documented extension (README, differs on purpose).
    assert.equal(r.cartProperties, [...PSCART_ORDER, 'PartnerOnRecordAttestationAccepted']);
    assert.equal(r.cartListed, [...PSCART_ORDER, 'PartnerOnRecordAttestationAccepted']);
    assert.is(r.helpSynopsis, 'Creates a cart of line items for a customer.');
    assert.ok(r.helpExamples >= 1, String(r.helpExamples));
    // No page names an address, and page-relative links (X.md) are not offered to -Online: pwsh's own error.
    assert.equal(r.helpLinks, ['', '', '', '']);
    assert.is(r.onlineError, 'InvalidOperation,Microsoft.PowerShell.Commands.GetHelpCommand: The online version of this Help topic cannot be ' +
      'displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.');
    assert.is(r.hostsBefore, 1, 'one host process for the whole session');
    assert.equal(removed, { afterRemove: 0, commandsLeft: 0 });
    assert.is(run.status, 0, describe(run));
  });

  test('without a prebuilt assembly: the first import compiles into the cache, the next loads it from there', async () => {
    const sandbox = createSandbox();
    const copy = join(sandbox.dir, 'PartnerCenter');
    cpSync(join(MODULE, '..'), copy, { recursive: true, filter: (path) => !path.split(/[\\/]/).includes('bin') });
    const cache = join(sandbox.dir, 'cache');
    const env = { PCSH_TEST_MODULE: join(copy, 'PartnerCenter.psd1'), PCSH_PWSH_CACHE: cache, PCSH_COMMAND: join(root, 'dist', 'bin', 'pcsh.js') };
    const first = await runScript(pwsh, sandbox, 'first-call.ps1', [], env);
    assert.is(first.results.length, 1, describe(first));
    const keys = readdirSync(cache);
    assert.is(keys.length, 1, keys.join(', '));
    assert.match(keys[0]!, /^[0-9a-f]{32}-7\.\d+\.\d+/);
    assert.equal(readdirSync(join(cache, keys[0]!)), ['PartnerCenter.dll'], 'no private compile folder is left');
    assert.is(first.results[0].assembly, join(cache, keys[0]!, 'PartnerCenter.dll'));
    assert.is(first.results[0].status, 'Active');
    const second = await runScript(pwsh, sandbox, 'first-call.ps1', [], env);
    assert.equal(second.results, first.results, describe(second));
    // The built module's prebuilt folder is named by the same source hash, without the pwsh version.
    const bin = join(MODULE, '..', 'bin');
    if (existsSync(bin)) assert.equal(readdirSync(bin), [keys[0]!.split('-')[0]!], 'the prebuilt key is the cache key\'s source hash');
  });

  if (prebuilt !== null) {
    test('as built: the prebuilt assembly (.NET Core 3.1, PowerShell Standard) is loaded and nothing is compiled', async () => {
      const sandbox = createSandbox();
      const cache = join(sandbox.dir, 'cache');
      const run = await runScript(pwsh, sandbox, 'first-call.ps1', [], { PCSH_PWSH_CACHE: cache });
      assert.equal(run.results, [{ assembly: prebuilt, status: 'Active' }], describe(run));
      assert.not.ok(existsSync(cache), 'the user cache is not touched');
      // The lowest target that compiles the source: one DLL for every pwsh 7 (7.0 runs on .NET Core 3.1).
      assert.ok(readFileSync(prebuilt).includes('.NETCoreApp,Version=v3.1'), 'TargetFramework .NETCoreApp,Version=v3.1');
    });

    test('the prebuilt assembly references nothing newer than .NET Core 3.1 and PowerShell Standard 5.1', async () => {
      const run = await runScript(pwsh, createSandbox(), 'assembly-references.ps1', ['-Path', prebuilt]);
      assert.is(run.results.length, 1, describe(run));
      const { name, references } = run.results[0] as { name: string; references: { name: string; version: string }[] };
      assert.is(name, 'PartnerCenter');
      assert.ok(references.length > 0, describe(run));
      // .NET Core 3.1's assemblies are versioned 4.x; PowerShell Standard's System.Management.Automation is 3.0.0.0.
      const newer = references.filter((r) => (r.name === 'System.Management.Automation' ? r.version !== '3.0.0.0' : Number(r.version.split('.')[0]) > 4));
      assert.equal(newer, [], JSON.stringify(references));
      assert.ok(references.some((r) => r.name === 'System.Management.Automation'), 'it is a PowerShell assembly');
    });

    test('a prebuilt assembly that does not load: the import compiles into the user cache instead, and works', async () => {
      const sandbox = createSandbox();
      const copy = join(sandbox.dir, 'PartnerCenter');
      cpSync(join(MODULE, '..'), copy, { recursive: true });
      const damaged = join(copy, 'bin', sourceHash, 'PartnerCenter.dll');
      writeFileSync(damaged, 'MZ: not a .NET assembly');
      const cache = join(sandbox.dir, 'cache');
      const env = { PCSH_TEST_MODULE: join(copy, 'PartnerCenter.psd1'), PCSH_PWSH_CACHE: cache, PCSH_COMMAND: join(root, 'dist', 'bin', 'pcsh.js') };
      const run = await runScript(pwsh, sandbox, 'first-call.ps1', [], env);
      const keys = existsSync(cache) ? readdirSync(cache) : [];
      assert.is(keys.length, 1, describe(run));
      assert.match(keys[0]!, new RegExp(`^${sourceHash}-7\\.\\d+\\.\\d+`));
      assert.equal(run.results, [{ assembly: join(cache, keys[0]!, 'PartnerCenter.dll'), status: 'Active' }], describe(run));
      assert.is(run.status, 0, describe(run));
    });
  }

  test('the host starts at import and serves the first call; $env: changed after import gets a fresh host that sees it', async () => {
    const sandbox = createSandbox();
    const run = await runScript(pwsh, sandbox, 'host-start.ps1');
    assert.is(run.status, 0, describe(run));
    assert.is(run.results.length, 2, describe(run));
    const [same, changed] = run.results;
    assert.is(same.atImport.length, 1, 'one host, started by Import-Module');
    assert.equal(same.afterCall, same.atImport, 'the first call used it');
    assert.is(changed.atImport.length, 1);
    assert.is(changed.afterCall.length, 1, 'the stale host is gone');
    assert.is.not(changed.afterCall[0], changed.atImport[0], 'a fresh host after $env:PCSH_CONFIG_DIR changed');
    assert.ok(changed.newConfigFiles > 0, 'Connect-PartnerCenter wrote its context where $env: pointed at call time');
    assert.is(changed.oldAfter, changed.oldBefore, 'nothing written where $env: pointed at import time');
  });

  test('two sessions at once: each its own host and carts, both complete', async () => {
    const [a, b] = await Promise.all([runScript(pwsh, createSandbox(), 'module.ps1'), runScript(pwsh, createSandbox(), 'module.ps1')]);
    for (const run of [a!, b!]) {
      assert.is(run.status, 0, describe(run));
      assert.is(run.results[0].hostsBefore, 1, describe(run));
      assert.is(run.results[1].afterRemove, 0);
    }
    assert.is.not(a!.results[0].pid, b!.results[0].pid);
  });
}

test.run();
