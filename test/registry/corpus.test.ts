/**
 * The public corpus (../shared/corpus/partner-center-help, 125 platyPS files of the original
 * module) must read with zero diagnostics. When it is absent the test says so and does not run.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildRegistry } from '../../src/registry/build.ts';
import { formatDiagnostic } from '../../src/registry/diagnostics.ts';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import type { Registry } from '../../src/registry/model.ts';
import { CORPUS, corpusExists } from './fixtures.ts';

if (!corpusExists()) {
  console.log(`corpus test did not run: ${CORPUS} not found`);
} else {
  const files = readHelpDir(CORPUS);
  const { registry, diagnostics } = buildRegistry(files, []);
  const cmdlet = (name: string, r: Registry = registry) => {
    const found = r.cmdlets.find((c) => c.name === name);
    if (!found) throw new Error(`${name} not in the registry`);
    return found;
  };

  test('all 125 corpus files read with zero diagnostics', () => {
    assert.is(files.length, 125);
    assert.equal(diagnostics.map(formatDiagnostic), []);
    assert.is(registry.cmdlets.length, 124);
  });

  test('module page: name, guid, one entry per cmdlet page', () => {
    assert.is(registry.module?.name, 'PartnerCenter');
    assert.is(registry.module?.guid, '70cb9a9e-1491-403a-8a2f-63e1afe7dfee');
    assert.is(registry.module?.cmdlets.length, 124);
  });

  test('Connect-PartnerCenter: five sets, default User, Tenant required in the ServicePrincipal sets', () => {
    const connect = cmdlet('Connect-PartnerCenter');
    assert.equal(connect.parameterSets, ['User', 'AccessToken', 'RefreshToken', 'ServicePrincipalCertificate', 'ServicePrincipal']);
    assert.is(connect.defaultParameterSet, 'User');
    assert.ok(connect.supportsShouldProcess);
    const tenant = connect.parameters.find((p) => p.name === 'Tenant');
    assert.equal(tenant?.aliases, ['Domain', 'TenantId']);
    const required = Object.fromEntries(tenant?.parameterSets.map((e) => [e.name, e.required]) ?? []);
    assert.equal(required, { User: false, AccessToken: false, RefreshToken: false, ServicePrincipalCertificate: true, ServicePrincipal: true });
    const environment = connect.parameters.find((p) => p.name === 'Environment');
    assert.is(environment?.type, 'EnvironmentName');
    assert.ok(environment?.acceptedValues.includes('AzureCloud'));
  });

  test('New-PartnerCustomerCart: one unnamed syntax block, LineItems is PSCartLineItem[]', () => {
    const cart = cmdlet('New-PartnerCustomerCart');
    assert.equal(cart.parameterSets, []);
    assert.is(cart.syntax.length, 1);
    assert.is(cart.syntax[0]?.setName, null);
    assert.is(cart.parameters.find((p) => p.name === 'LineItems')?.type, 'PSCartLineItem[]');
    assert.is(cart.confirmImpact, 'Medium');
    assert.is(cart.shouldProcessTarget, null);
  });

  test('every cmdlet has a synopsis, a syntax block and common parameters', () => {
    for (const c of registry.cmdlets) {
      assert.ok(c.synopsis !== '' && c.syntax.length > 0 && c.supportsCommonParameters, c.name);
    }
  });

  test('pipeline input and positions are read as written', () => {
    const all = registry.cmdlets.flatMap((c) => c.parameters);
    assert.is(all.filter((p) => p.pipelineInput === 'True (ByValue)').length, 5);
    assert.is(all.filter((p) => p.pipelineInput === 'True (ByPropertyName)').length, 1);
    assert.ok(all.some((p) => p.parameterSets.some((e) => e.position === 1)));
  });

  test.run();
}
