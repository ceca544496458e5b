/** The generated handler parameter types: required only when required in every set; types mapped. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateParameterTypes, readModelTypes, tsType } from '../../scripts/build/generate-parameter-types.ts';
import { buildRegistry } from '../../src/registry/build.ts';
import { fixtureText } from './fixtures.ts';

const MODELS = new Set(['PSCartLineItem', 'PSCredential']);

const types: [type: string, accepted: string[], expected: string][] = [
  ['String', [], 'string'],
  ['System.String', [], 'string'],
  ['Int32', [], 'number'],
  ['Int64', [], 'number'],
  ['Double', [], 'number'],
  ['Boolean', [], 'boolean'],
  ['SwitchParameter', [], 'boolean'],
  ['DateTime', [], 'Date'],
  ['Hashtable', [], 'Record<string, unknown>'],
  ['SecureString', [], 'string'],
  ['String[]', [], 'string[]'],
  ['String', ['Red', "O'Brien"], "'Red' | 'O\\'Brien'"],
  ['EnvironmentName', ['AzureCloud', 'Emulator'], "'AzureCloud' | 'Emulator'"],
  ['EnvironmentName[]', ['A', 'B'], "('A' | 'B')[]"],
  ['PSCartLineItem[]', [], 'PSCartLineItem[]'],
  ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem', [], 'PSCartLineItem'],
  ['PSCredential', [], 'PSCredential'],
  ['PSCustomer', [], 'unknown'],
  ['Int32', ['1', '2'], 'number'],
];

for (const [type, acceptedValues, expected] of types) {
  test(`maps ${type}${acceptedValues.length ? ` {${acceptedValues.join(',')}}` : ''} to ${expected}`, () => {
    assert.is(tsType({ type, acceptedValues }, MODELS, new Set()), expected);
  });
}

test('one interface per cmdlet, the map, the set names; WhatIf/Confirm left out', () => {
  const files = ['required-per-set.md', 'should-process.md', 'several-yaml-blocks-per-parameter.md'].map((name) => ({ name, text: fixtureText(name) }));
  const text = generateParameterTypes(buildRegistry(files, []).registry, MODELS);
  assert.ok(text.includes("export interface FindWidgetParameters {\n  /** The widget name. */\n  Name?: string;\n  /** The widget number. */\n  Id?: number;"), text);
  assert.ok(text.includes("  Name: string;\n  /** The new color. */\n  Color?: 'Red' | 'Green' | 'Blue';\n}"));
  assert.not.ok(/WhatIf|Confirm\??:/.test(text));
  assert.ok(text.includes("  'Find-Widget': FindWidgetParameters;"));
  assert.ok(text.includes("  'Connect-Widget': 'Interactive' | 'Unattended';"));
  assert.ok(text.includes("  'Set-Widget': '__AllParameterSets';"));
  assert.ok(text.includes('export type ParameterSetName<C extends keyof CmdletParameterSets> = CmdletParameterSets[C];'));
  assert.not.ok(text.includes('import type'), 'no model import when no model type is used');
});

test('reads the exported type names of models.ts', () => {
  assert.equal([...readModelTypes('export interface PSCart {\n}\nexport type BillingCycle = string;\nexport const X = 1;\ninterface Hidden {}')], ['PSCart', 'BillingCycle']);
});

test.run();
