/**
 * Property tests: random token lists and random literal text never make the binder throw
 * anything but a PcshError, always finish (bounded input sizes), and keys like `__proto__` or
 * `constructor` never reach Object.prototype or change a bound object's prototype.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { bindArguments, bindValues } from '../../src/binder/index.ts';
import { parseArgument } from '../../src/binder/literal/parse-literal.ts';
import { LiteralSyntaxError } from '../../src/binder/literal/ps-value.ts';
import { PcshError } from '../../src/core/error-record.ts';
import { cmdlet, loadCmdlets, testIo } from './registry.ts';

const cmdlets = loadCmdlets();
const names = [...cmdlets.keys()];

const fragment = fc.constantFrom(
  '-', '--', '-CustomerId', '-C', '-LineItems', '-WhatIf:', '-WhatIf:$false', '-Confirm', '-ea', 'Stop', '-Tenant', '-Credential',
  '@{', '}', '@(', ')', "'", '"', '`', ',', ';', '=', '$true', '$null', '__proto__', 'constructor', 'prototype',
  'CatalogItemId', 'Quantity', 'BillingCycle', '1', '-1', '0x1F', 'P1M', '[', ']', '{', ':', '@items.json', '@', 'System.Object[]',
  '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', ' ', '\n',
);
const tokenText = fc.oneof(fc.string({ maxLength: 12 }), fc.array(fragment, { maxLength: 8 }).map((a) => a.join('')));
const argv = fc.array(tokenText, { maxLength: 10 });

function onlyPcshErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof PcshError)) throw error;
  }
}

/** uvu cannot print a PcshError (its `details` is not a string): tests catch and compare instead. */
function catchError(run: () => unknown): PcshError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof PcshError) return error;
    throw error;
  }
}

function assertPrototypeClean(): void {
  const probe = {} as Record<string, unknown>;
  assert.is(probe['x'], undefined);
  assert.is(probe['polluted'], undefined);
  assert.is(Object.getPrototypeOf(probe), Object.prototype);
  assert.is(Object.keys(Object.prototype).length, 0);
}

function assertPlainTree(value: unknown, depth = 0): void {
  if (depth > 80 || value === null || typeof value !== 'object') return;
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype, 'bound objects keep their ordinary prototype');
  for (const key of Object.keys(value)) assertPlainTree((value as Record<string, unknown>)[key], depth + 1);
}

test('random argv: only PcshError, for every cmdlet', () => {
  fc.assert(
    fc.property(fc.constantFrom(...names), argv, (name, args) => {
      onlyPcshErrors(() => {
        const result = bindArguments(cmdlet(cmdlets, name), args, testIo);
        assertPlainTree(result.bound);
      });
      assertPrototypeClean();
    }),
    { numRuns: 1500 },
  );
});

test('random literal text as line items: only PcshError, plain objects, clean prototype', () => {
  const text = fc.oneof(tokenText, fc.array(fragment, { maxLength: 30 }).map((a) => a.join('')));
  const newCart = cmdlet(cmdlets, 'New-PartnerCustomerCart');
  fc.assert(
    fc.property(text, (value) => {
      onlyPcshErrors(() => {
        const result = bindArguments(newCart, ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', value], testIo);
        assertPlainTree(result.bound);
      });
      assertPrototypeClean();
    }),
    { numRuns: 1500 },
  );
});

test('the literal parser throws only LiteralSyntaxError', () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 40 }).map((a) => a.join('')), (value) => {
      try {
        parseArgument(value);
      } catch (error) {
        if (!(error instanceof LiteralSyntaxError)) throw error;
      }
    }),
    { numRuns: 2000 },
  );
});

test('deep nesting is refused, not a stack overflow', () => {
  const deep = `${'@('.repeat(5000)}1${')'.repeat(5000)}`;
  assert.throws(() => parseArgument(deep), (e: unknown) => e instanceof LiteralSyntaxError);
  const json = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  onlyPcshErrors(() => bindArguments(cmdlet(cmdlets, 'New-PartnerCustomerCart'), ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', json], testIo));
});

test('prototype keys in hashtables and JSON stay ordinary data', () => {
  const newCart = cmdlet(cmdlets, 'New-PartnerCustomerCart');
  const literal = "@{CatalogItemId='A:1:2'; Quantity=1; BillingCycle='Monthly'; ProvisioningContext=@{'__proto__'='p'; constructor='c'; prototype='q'}}";
  const result = bindArguments(newCart, ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', literal], testIo);
  const context = (result.bound['LineItems'] as { ProvisioningContext: Record<string, unknown> }[])[0]?.ProvisioningContext;
  assert.ok(context);
  assert.is(Object.getPrototypeOf(context), Object.prototype);
  assert.equal(Object.keys(context), ['__proto__', 'constructor', 'prototype']);
  assert.is(Object.getOwnPropertyDescriptor(context, '__proto__')?.value, 'p');
  const json = '{"CatalogItemId":"A:1:2","Quantity":1,"BillingCycle":"Monthly","ProvisioningContext":{"__proto__":{"polluted":1}}}';
  const error = catchError(() => bindArguments(newCart, ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', json], testIo));
  assert.is(error?.errorId, 'ParameterArgumentValidationError');
  assert.match(error?.message ?? '', "LineItems[0].ProvisioningContext.__proto__ must be a hashtable of string keys and string values");
  assertPrototypeClean();
});

test('bindValues with prototype keys', () => {
  const values = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<string, unknown>;
  const error = catchError(() => bindValues(cmdlet(cmdlets, 'Disconnect-PartnerCenter'), values));
  assert.is(error?.errorId, 'NamedParameterNotFound');
  assertPrototypeClean();
});

test.run();
