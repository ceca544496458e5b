/**
 * The spellings and values the differential lines are made of. Every token means the same in pwsh
 * and as argv (a bash word the user single-quoted): bare words, quoted strings, numbers,
 * $true/$false/$null, @{}/@(), comma lists.
 *
 * @module
 */
import type { ParamDef } from '../../../src/binder/parameter-table.ts';

const GUID = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const LINE_ITEM = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'}";

/** Name spellings for one parameter: full, lower, upper, prefixes, aliases (and their case). */
export function namesFor(table: readonly ParamDef[], def: ParamDef): string[] {
  const names = new Set<string>([def.name, def.name.toLowerCase(), def.name.toUpperCase()]);
  for (const length of [1, 2, 3, 4, def.name.length - 1]) if (length > 0 && length < def.name.length) names.add(def.name.slice(0, length));
  for (const alias of def.aliases) {
    names.add(alias);
    names.add(alias.toUpperCase());
  }
  void table;
  return [...names];
}

/** A value that binds for the type. */
export function validValue(type: string, guid: boolean, accepted: readonly string[]): string {
  const base = type.replace(/\[\]$/, '').toLowerCase();
  if (base === 'pscartlineitem') return LINE_ITEM;
  if (base === 'int32') return '5';
  if (base === 'actionpreference') return 'Stop';
  if (accepted.length > 0) return accepted[0]!;
  if (guid) return GUID;
  return 'abc';
}

/** Value shapes for any parameter. */
export const VALUE_SHAPES: readonly string[] = [
  'abc', 'ABC', "'quoted text'", '"double"', "''", '""', '007', '0x10', '1e3', '1.0', '-.5', '-0', '42', '-7', '2147483648',
  '$true', '$false', '$null', '@()', "@('x')", "@('x','y')", 'a,b', '1,2', "'a',$null", '@{}', "@{a=1}", GUID,
  'AzureCloud', 'azurecloud', 'Azurec', 'Emulator', 'Monthly', "'  padded  '", 'a.b', '2026-01-02',
];

/** Values for the common parameters, by type. */
export const COMMON_VALUES: Readonly<Record<string, readonly string[]>> = {
  ActionPreference: [
    'SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break', 'stop', 'STOP', 'Si', 'S', 'Co', 'In', 'Ig', 'I',
    '0', '1', '2', '3', '4', '5', '6', '7', '-1', '1,2', 'Stop,Continue', "'Stop'", '$null', "''", 'Nope', '1.5', '$true', '@()', "@('Stop')",
  ],
  Int32: ['0', '1', '-1', '100', '2147483647', '2147483648', "'5'", 'x', '1.5', '$null', '$true', '0x10', '1e3', '@()', '1,2'],
  String: ['x', 'myVar', '+x', "''", '$null', "'a b'", '1', '$true', '@()', 'a,b', "'x:y'", '_'],
};

/** Line-item values: good ones and the ones pwsh cannot convert. */
export const LINE_ITEM_SHAPES: readonly string[] = [
  LINE_ITEM,
  `${LINE_ITEM},${LINE_ITEM}`,
  `@(${LINE_ITEM})`,
  `@(${LINE_ITEM}, ${LINE_ITEM})`,
  "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity='5'; BillingCycle='monthly'}",
  "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle=1}",
  "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; FriendlyName=$null}",
  "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; Error=@{ErrorCode=10010}}",
  "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'; FriendlyName='Seats'}",
  "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; Participants=@(@{Key='TransactionReseller'; Value='5357564'})}",
  "@{catalogitemid='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; quantity=5; billingcycle='Annual'}",
  '1', "'abc'", 'abc', '@($null)', "@{Colour='red'}", "@{CatalogItemId='x'; Quantity=5; BillingCycle=9}",
  "@{CatalogItemId='x'; Quantity='many'; BillingCycle='Monthly'}", "@{CatalogItemId='x'; Quantity=5; BillingCycle='Fortnightly'}",
  '$null', '@()', '@{}', '$true', "''",
];
