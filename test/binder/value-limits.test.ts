/** Value size limits and prefix quoting (src/binder/value-limits.ts), in process. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindArguments } from '../../src/binder/index.ts';
import { MAX_VALUE_BYTES, quotePrefix } from '../../src/binder/value-limits.ts';
import { PcshError } from '../../src/core/error-record.ts';
import { cmdlet, loadCmdlets, testIo } from './registry.ts';

const newCart = cmdlet(loadCmdlets(), 'New-PartnerCustomerCart');
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

function bindError(argv: string[]): PcshError {
  try {
    bindArguments(newCart, argv, testIo);
  } catch (error) {
    if (error instanceof PcshError) return error;
    throw error;
  }
  throw new Error('bound without an error');
}

test('quotePrefix: short values whole, long ones as 80 characters and their length', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['abc', 'abc'],
    ['x'.repeat(80), 'x'.repeat(80)],
    ['x'.repeat(81), `${'x'.repeat(80)}… (81 characters)`],
    ['y'.repeat(2_000_000), `${'y'.repeat(80)}… (2,000,000 characters)`],
  ];
  for (const [input, expected] of cases) assert.is(quotePrefix(input), expected, `${input.length} characters`);
});

test('an argument over the limit is refused before parsing (ArgumentTooLarge, exit 2); one at the limit is parsed', () => {
  const over = bindError(['-CustomerId', CUSTOMER, '-LineItems', `'${'a'.repeat(MAX_VALUE_BYTES)}'`]);
  assert.is(over.errorId, 'ArgumentTooLarge');
  assert.is(over.exitCode, 2);
  assert.match(over.message, `Cannot process argument 4 because it is 1,048,578 characters long; pcsh accepts at most 1,048,576 per value. It starts with "'aaaa`);
  assert.ok(over.message.length < 300);
  const at = bindError(['-CustomerId', CUSTOMER, '-LineItems', `'${'a'.repeat(MAX_VALUE_BYTES - 2)}'`]);
  assert.is.not(at.errorId, 'ArgumentTooLarge');
  assert.ok(at.message.length < 600, 'the conversion error quotes a prefix too');
});

test.run();
