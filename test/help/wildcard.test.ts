import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hasWildcard, matchesWildcard } from '../../src/help/index.ts';

const cases: [string, string, boolean][] = [
  ['CustomerId', 'CustomerId', true],
  ['CustomerId', 'customerid', true],
  ['CustomerId', 'C*', true],
  ['CustomerId', '*id', true],
  ['CustomerId', 'Cust', false],
  ['CustomerId', '*Cart*', false],
  ['CartId', 'C?rtId', true],
  ['CartId', 'C?Id', false],
  ['CartId', '[bc]artId', true],
  ['CartId', '[a-b]artId', false],
  ['New-PartnerCustomerCart', '*-Partner*Cart', true],
  ['a.b', 'a.b', true],
  ['axb', 'a.b', false],
  ['a*b', 'a`*b', true],
  ['axb', 'a`*b', false],
  ['x', '*', true],
  ['', '*', true],
];

for (const [text, pattern, expected] of cases) {
  test(`'${text}' -like '${pattern}' is ${expected}`, () => assert.is(matchesWildcard(text, pattern), expected));
}

const detection: [string, boolean][] = [['Get-Help', false], ['Get-*', true], ['Get-?elp', true], ['[GS]et-Help', true], ['a`*', false]];
for (const [pattern, expected] of detection) {
  test(`hasWildcard('${pattern}') is ${expected}`, () => assert.is(hasWildcard(pattern), expected));
}

test.run();
