/**
 * The conformance table (conformance-cases.ts) against the real registry built from help/.
 * Each case: argv → {parameterSet, bound} or {errorId, message}, compared exactly.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { traceBinding } from '../../src/binder/index.ts';
import { conformanceCases } from './conformance-cases.ts';
import { DATA_DIR, cmdlet, loadCmdlets, testIo } from './registry.ts';

const cmdlets = loadCmdlets();

test('the table is large enough and covers all thirteen commands', () => {
  assert.ok(conformanceCases.length >= 150, `${conformanceCases.length} cases`);
  const names = new Set(conformanceCases.map((c) => c.cmdlet));
  assert.is(names.size, 13);
});

for (const [index, c] of conformanceCases.entries()) {
  test(`#${index} ${c.cmdlet} ${c.argv.join(' ')}`.slice(0, 160), () => {
    const { exitCode, json } = traceBinding(cmdlet(cmdlets, c.cmdlet), c.cmdlet, c.argv, testIo);
    const actual = JSON.parse(json) as Record<string, unknown>;
    if ('errorId' in c.expect) {
      assert.equal(actual, { errorId: c.expect.errorId, message: c.expect.message.replace('%DATA%', DATA_DIR) });
      assert.is(exitCode, 2);
    } else {
      assert.equal(actual, { command: c.cmdlet, parameterSet: c.expect.parameterSet, bound: c.expect.bound });
      assert.is(exitCode, 0);
    }
  });
}

test.run();
