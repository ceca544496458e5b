import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  confirmHelpText, confirmPreferenceFromEnv, confirmPromptText, decideShouldProcess, nonInteractiveError, parseConfirmAnswer,
  shouldProcessTarget, whatIfLine,
} from '../../src/runtime/should-process.ts';
import type { ConfirmImpact } from '../../src/registry/model.ts';
import { PcshError } from '../../src/core/error-record.ts';

type Row = [whatIf: boolean, confirm: boolean | undefined, impact: ConfirmImpact, preference: ConfirmImpact, expected: string];
const rows: Row[] = [
  [true, undefined, 'Medium', 'High', 'whatif'],
  [true, true, 'High', 'Low', 'whatif'],
  [true, false, 'High', 'Low', 'whatif'],
  [false, true, 'Medium', 'High', 'prompt'],
  [false, true, 'Low', 'None', 'prompt'],
  [false, false, 'High', 'Low', 'run'],
  [false, undefined, 'Medium', 'High', 'run'],
  [false, undefined, 'High', 'High', 'prompt'],
  [false, undefined, 'Medium', 'Medium', 'prompt'],
  [false, undefined, 'Medium', 'Low', 'prompt'],
  [false, undefined, 'Low', 'Medium', 'run'],
  [false, undefined, 'High', 'None', 'run'],
  [false, undefined, 'None', 'Low', 'run'],
];
for (const [whatIf, confirm, confirmImpact, confirmPreference, expected] of rows) {
  test(`decide whatIf=${whatIf} confirm=${confirm} impact=${confirmImpact} pref=${confirmPreference} → ${expected}`, () => {
    assert.is(decideShouldProcess({ whatIf, confirm, confirmImpact, confirmPreference }), expected);
  });
}

test('What if line and target template', () => {
  const target = shouldProcessTarget('Creates a new cart for the customer with the identifier of {CustomerId}.', { CustomerId: 'abc' });
  assert.is(
    whatIfLine('New-PartnerCustomerCart', target),
    'What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of abc.".',
  );
  assert.is(shouldProcessTarget('Connects to Partner Center ({Environment}).', {}), 'Connects to Partner Center ().');
  assert.is(shouldProcessTarget('{__proto__}', {}), '');
});

test('Confirm prompt and help texts', () => {
  assert.is(
    confirmPromptText('Submit-PartnerCustomerCart', 'Checks out the cart with the identifier of c.'),
    '\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "Submit-PartnerCustomerCart" on target "Checks out the cart with the identifier of c.".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ',
  );
  assert.is(confirmHelpText().split('\n').length, 5);
  assert.ok(confirmHelpText().startsWith('Y - Continue with only the next step of the operation.'));
});

test('answers', () => {
  const table: [string, string | undefined][] = [
    ['', 'yes'], ['y', 'yes'], ['Y', 'yes'], [' yes ', 'yes'], ['a', 'yesToAll'], ['N', 'no'], ['l', 'noToAll'], ['s', 'suspend'], ['?', 'help'],
    ['x', undefined], ['maybe', undefined], ['__proto__', undefined], ['constructor', undefined],
  ];
  for (const [line, expected] of table) assert.is(parseConfirmAnswer(line), expected, line);
});

test('confirm preference from the environment', () => {
  assert.is(confirmPreferenceFromEnv({}), 'High');
  assert.is(confirmPreferenceFromEnv({ PCSH_CONFIRM_PREFERENCE: 'low' }), 'Low');
  assert.is(confirmPreferenceFromEnv({ PCSH_CONFIRM_PREFERENCE: 'None' }), 'None');
  let caught: PcshError | undefined;
  try {
    confirmPreferenceFromEnv({ PCSH_CONFIRM_PREFERENCE: 'Sometimes' });
  } catch (error) {
    caught = error as PcshError;
  }
  assert.is(caught?.errorId, 'InvalidConfirmPreference');
  assert.is(caught?.exitCode, 2);
});

test('NonInteractive error text', () => {
  assert.is(nonInteractiveError().message, 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
});

test.run();
