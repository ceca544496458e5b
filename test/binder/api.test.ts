import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindArguments, bindValues, promptForMissing } from '../../src/binder/index.ts';
import { bindManyLineItems } from './many-line-items.ts';
import { PcshError } from '../../src/core/error-record.ts';
import { cmdlet, loadCmdlets, testIo } from './registry.ts';

const cmdlets = loadCmdlets();
const G = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

function catchError(run: () => unknown): PcshError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PcshError) return error;
    throw error;
  }
  return undefined;
}

test('bindArguments: common defaults and usage error shape', () => {
  const result = bindArguments(cmdlet(cmdlets, 'Disconnect-PartnerCenter'), [], testIo);
  assert.equal(result, { command: 'Disconnect-PartnerCenter', parameterSet: '__AllParameterSets', bound: {}, common: { Verbose: false, Debug: false, WhatIf: false, Confirm: undefined } });
  const error = catchError(() => bindArguments(cmdlet(cmdlets, 'New-PartnerCustomerCart'), [], testIo));
  assert.is(error?.exitCode, 2);
  assert.is(error?.commandName, 'New-PartnerCustomerCart');
  assert.is(error?.category, 'InvalidArgument');
  assert.equal(error?.fields['missing'], ['CustomerId', 'LineItems']);
});

test('bindArguments: argv is not mutated', () => {
  const argv = Object.freeze(['-CustomerId', G, '-LineItems', "@{CatalogItemId='A'; Quantity=1; BillingCycle='Monthly'}", '-WhatIf', '-ea', 'Stop']);
  const result = bindArguments(cmdlet(cmdlets, 'New-PartnerCustomerCart'), argv, testIo);
  assert.equal(result.common, { Verbose: false, Debug: false, WhatIf: true, Confirm: undefined, ErrorAction: 'Stop' });
  assert.equal(Object.keys(result.bound), ['CustomerId', 'LineItems']);
});

test('promptForMissing writes PowerShell caption and asks element by element', async () => {
  const written: string[] = [];
  const answers = [G, "@{CatalogItemId='A'; Quantity=1; BillingCycle='Monthly'}", '{"CatalogItemId":"B","Quantity":2,"BillingCycle":"Annual"}', ''];
  const asked: string[] = [];
  const newCart = cmdlet(cmdlets, 'New-PartnerCustomerCart');
  const supplied = await promptForMissing(newCart, ['CustomerId', 'LineItems'], async (label) => {
    asked.push(label);
    return answers.shift() ?? '';
  }, (text) => written.push(text));
  assert.is(written.join(''), 'cmdlet New-PartnerCustomerCart at command pipeline position 1\nSupply values for the following parameters:\n');
  assert.equal(asked, ['CustomerId: ', 'LineItems[0]: ', 'LineItems[1]: ', 'LineItems[2]: ']);
  const result = bindArguments(newCart, ['-WhatIf'], testIo, supplied);
  assert.is(result.bound['CustomerId'], G);
  assert.is((result.bound['LineItems'] as unknown[]).length, 2);
});

test('bindValues: exact names, set choice, JSON values, credentials', () => {
  const connect = cmdlet(cmdlets, 'Connect-PartnerCenter');
  const sp = bindValues(connect, { Credential: { UserName: 'app', Password: 's' }, ServicePrincipal: true, Tenant: 't', Verbose: true });
  assert.is(sp.parameterSet, 'ServicePrincipal');
  assert.equal(sp.bound['Credential'], { UserName: 'app', Password: 's' });
  assert.is(sp.common.Verbose, true);
  assert.is(catchError(() => bindValues(connect, { Ten: 't' }))?.errorId, 'NamedParameterNotFound');
  assert.is(bindValues(connect, { Domain: 't' }).bound['Tenant'], 't');
  assert.is(bindValues(connect, {}, { parameterSet: 'User' }).parameterSet, 'User');
  assert.is(catchError(() => bindValues(connect, { AccessToken: 'x' }, { parameterSet: 'User' }))?.errorId, 'AmbiguousParameterSet');
  const newCart = cmdlet(cmdlets, 'New-PartnerCustomerCart');
  const items = bindValues(newCart, { CustomerId: G, LineItems: [{ catalogItemId: 'A', quantity: 1, billingCycle: 'one_time' }], WhatIf: true });
  assert.equal(items.bound['LineItems'], [{ CatalogItemId: 'A', Quantity: 1, BillingCycle: 'OneTime' }]);
  assert.is(items.common.WhatIf, true);
  assert.is(catchError(() => bindValues(newCart, { CustomerId: 'nope', LineItems: [] }))?.errorId, 'ParameterArgumentValidationError');
});

test('bindManyLineItems: 1,000 items in both forms', () => {
  const newCart = cmdlet(cmdlets, 'New-PartnerCustomerCart');
  assert.is((bindManyLineItems(newCart, 1000, 'json').bound['LineItems'] as unknown[]).length, 1000);
  assert.is((bindManyLineItems(newCart, 1000, 'literal').bound['LineItems'] as unknown[]).length, 1000);
});

test.run();
