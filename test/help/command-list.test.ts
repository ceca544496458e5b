import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PcshError } from '../../src/core/error-record.ts';
import { renderCommandList, selectCommands, type CommandFilters } from '../../src/help/index.ts';
import { loadRegistry } from './load-pages.ts';

const registry = loadRegistry();
const names = (filters: CommandFilters) => selectCommands(registry, filters).map((c) => c.name);

/** Every Get-Partner… cmdlet, sorted: the catalog cmdlets and Get-PartnerCustomerCart. */
const GET_PARTNER = ['Get-PartnerCustomer', 'Get-PartnerCustomerCart', 'Get-PartnerProduct', 'Get-PartnerProductAvailability', 'Get-PartnerProductSku'];

const filters: [string, CommandFilters, string[]][] = [
  ['no filter lists everything sorted', {}, [
    'Add-PartnerCustomerCartLineItem', 'Connect-PartnerCenter', 'Disconnect-PartnerCenter', 'Get-Command', 'Get-Help',
    'Get-PartnerCustomer', 'Get-PartnerCustomerCart', 'Get-PartnerProduct', 'Get-PartnerProductAvailability', 'Get-PartnerProductSku',
    'New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Submit-PartnerCustomerCart',
  ]],
  ['exact name, any case', { name: ['get-help'] }, ['Get-Help']],
  ['name wildcard', { name: ['*Cart'] }, ['Get-PartnerCustomerCart', 'New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Submit-PartnerCustomerCart']],
  ['several names', { name: ['Get-Help', 'Get-Command'] }, ['Get-Command', 'Get-Help']],
  ['verb', { verb: ['get'] }, ['Get-Command', 'Get-Help', ...GET_PARTNER]],
  ['verbs', { verb: ['Get', 'Set'] }, ['Get-Command', 'Get-Help', ...GET_PARTNER, 'Set-PartnerCustomerCart']],
  ['noun wildcard', { noun: ['PartnerCustomerCart*'] }, [
    'Add-PartnerCustomerCartLineItem', 'Get-PartnerCustomerCart', 'New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Submit-PartnerCustomerCart',
  ]],
  ['verb and name together', { verb: ['Get', 'Set'], name: ['*Cart'] }, ['Get-PartnerCustomerCart', 'Set-PartnerCustomerCart']],
  ['a wildcard that matches nothing is no error', { name: ['Zap-*'] }, []],
  ['empty arrays do not filter', { name: [], verb: [], noun: [] }, names({})],
];

for (const [label, f, expected] of filters) {
  test(`selectCommands: ${label}`, () => assert.equal(names(f), expected));
}

test('a name without wildcards that matches nothing is CommandNotFoundException', () => {
  try {
    selectCommands(registry, { name: ['Get-Nope'] });
    assert.unreachable('should throw');
  } catch (error) {
    assert.instance(error, PcshError);
    const e = error as PcshError;
    assert.is(e.errorId, 'CommandNotFoundException');
    assert.is(e.exitCode, 1);
    assert.is(
      e.message,
      "The term 'Get-Nope' is not recognized as a name of a cmdlet, function, script file, or executable program.\n" +
        'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
    );
  }
});

test('an exact name filtered out by -Verb is not found either', () => {
  assert.throws(() => selectCommands(registry, { name: ['Get-Help'], verb: ['Set'] }), /'Get-Help' is not recognized/);
});

test('the table at width 80: PowerShell columns, Name narrowed so Source fits', () => {
  const text = renderCommandList(registry, { verb: ['Get'] }, 80);
  assert.is(
    text,
    [
      '',
      `CommandType     ${'Name'.padEnd(38)} Version    Source`,
      `-----------     ${'----'.padEnd(38)} -------    ------`,
      `Cmdlet          ${'Get-Command'.padEnd(38)} 0.1.0      PartnerCenter`,
      `Cmdlet          ${'Get-Help'.padEnd(38)} 0.1.0      PartnerCenter`,
      ...GET_PARTNER.map((name) => `Cmdlet          ${name.padEnd(38)} 0.1.0      PartnerCenter`),
      '',
      '',
    ].join('\n'),
  );
  for (const line of text.split('\n')) assert.ok(line.length <= 79, line);
});

test('the table at width 120 keeps the 50-column Name; version and command type options', () => {
  const text = renderCommandList(registry, { name: ['Get-Help'] }, 120, { version: '9.9.9', commandType: 'Function' });
  const row = text.split('\n')[3] ?? '';
  assert.is(row, `Function        ${'Get-Help'.padEnd(50)} 9.9.9      PartnerCenter`);
});

test('no match with a wildcard renders nothing', () => {
  assert.is(renderCommandList(registry, { name: ['Zap-*'] }, 80), '');
});

test.run();
