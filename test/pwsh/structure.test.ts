import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFunction } from '../../src/pwsh/function-def.ts';
import { renderMaml, syntaxSets } from '../../src/pwsh/maml.ts';
import { declaredParameters } from '../../src/pwsh/param-block.ts';
import { exportedCmdlets } from '../../src/pwsh/generate-module.ts';
import { ALL_PARAMETER_SETS } from '../../src/registry/model.ts';
import { realRegistry } from './registry-fixture.ts';
import { child, children, parseXml, unescape } from './xml-check.ts';
import { ENVIRONMENT_NAME_MEMBERS, MODELS_CS } from '../../src/pwsh/types-models-cs.ts';
import { isModuleEnum } from '../../src/pwsh/type-map.ts';
import { LINE_ITEM_PROPERTIES } from '../../src/binder/line-item.ts';
import { lineItemFromWire } from '../../src/partner-center/cart-mapping.ts';
import { checkoutResultFromWire } from '../../src/partner-center/checkout-mapping.ts';
import type { PSCart, PSCartCheckoutResult } from '../../src/partner-center/models.ts';
import type { CmdletContext } from '../../src/cmdlets/types.ts';
import type { PartnerCenterClient } from '../../src/partner-center/client-types.ts';
import newCart from '../../src/cmdlets/new-partner-customer-cart.ts';
import setCart from '../../src/cmdlets/set-partner-customer-cart.ts';
import submitCart from '../../src/cmdlets/submit-partner-customer-cart.ts';
import { ADDON_ITEM, BASIC_ITEM, CUSTOMER, recordingClient, riLine, startHarness } from '../partner-center/support.ts';

const registry = realRegistry();
const cmdlets = exportedCmdlets(registry);

/** Reads back a generated param block: parameter → its attribute lines. */
function readParams(fn: string): Map<string, string[]> {
  const block = /param\(\n([\s\S]*?)\n    \)/.exec(fn)?.[1] ?? '';
  const params = new Map<string, string[]>();
  if (block === '') return params;
  for (const chunk of block.split(/,\n\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim());
    params.set(lines[lines.length - 1]!.slice(1), lines.slice(0, -1));
  }
  return params;
}

for (const cmdlet of cmdlets) {
  test(`param block of ${cmdlet.name} matches the registry`, () => {
    const params = readParams(renderFunction(cmdlet, 'x.xml'));
    assert.equal([...params.keys()], declaredParameters(cmdlet).map((p) => p.name));
    for (const p of declaredParameters(cmdlet)) {
      const lines = params.get(p.name)!;
      const sets = p.parameterSets.length > 0 ? p.parameterSets : [{ name: ALL_PARAMETER_SETS, required: false, position: null }];
      const attrs = lines.filter((l) => l.startsWith('[Parameter('));
      assert.is(attrs.length, sets.length, `${p.name} sets`);
      sets.forEach((entry, i) => {
        const attr = attrs[i]!;
        assert.is(attr.includes('Mandatory = $true'), entry.required, `${p.name} Mandatory in ${entry.name}`);
        assert.is(attr.includes(`Position = ${entry.position}`), entry.position !== null, `${p.name} Position`);
        assert.is(attr.includes(`ParameterSetName = '${entry.name}'`), entry.name !== ALL_PARAMETER_SETS);
      });
      assert.is(lines.some((l) => l.startsWith('[Alias(')), p.aliases.length > 0, `${p.name} Alias`);
      // an enum-typed parameter (EnvironmentName) takes its set from the enum, not a ValidateSet
      assert.is(lines.some((l) => l.startsWith('[ValidateSet(')), p.acceptedValues.length > 0 && !isModuleEnum(p.type), `${p.name} ValidateSet`);
      assert.is(lines.some((l) => l.startsWith('[ValidatePattern(')), p.validation?.pattern !== undefined, `${p.name} ValidatePattern`);
      assert.is(lines.some((l) => l === '[ValidateNotNull()]'), p.validation?.notNull === true && !p.validation.notNullOrEmpty, `${p.name} ValidateNotNull`);
    }
  });
}

test('New-PartnerCustomerCart: CustomerId has the GUID ValidatePattern, LineItems the model type', () => {
  const params = readParams(renderFunction(cmdlets.find((c) => c.name === 'New-PartnerCustomerCart')!, 'x.xml'));
  assert.ok(params.get('CustomerId')!.some((l) => l.startsWith("[ValidatePattern('^(\\{){0,1}[0-9a-fA-F]{8}")));
  assert.ok(params.get('LineItems')!.includes('[Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[]]'));
  assert.ok(params.get('LineItems')!.includes('[ValidateNotNull()]'));
});

test('Connect-PartnerCenter -Environment is typed with the compiled EnvironmentName enum, whose members are the Accepted values', () => {
  const connect = cmdlets.find((c) => c.name === 'Connect-PartnerCenter')!;
  const lines = readParams(renderFunction(connect, 'x.xml')).get('Environment')!;
  assert.ok(lines.includes('[Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName]'), lines.join('\n'));
  assert.not.ok(lines.some((l) => l.startsWith('[ValidateSet(')));
  assert.equal([...ENVIRONMENT_NAME_MEMBERS], connect.parameters.find((p) => p.name === 'Environment')!.acceptedValues);
  assert.match(MODELS_CS, /namespace Microsoft\.Store\.PartnerCenter\.PowerShell\.Models\.Authentication\s*\{\s*[^{}]*public enum EnvironmentName \{ AzureCloud, AzureChinaCloud, AzureGermanCloud, AzurePPE, AzureUSGovernment, Emulator \}/);
});

test('AddonItems and Participants are the original lists with op_Implicit from a hashtable and an array', () => {
  assert.match(MODELS_CS, /public class PSCartLineItemList : List<PSCartLineItem>/);
  assert.match(MODELS_CS, /public class ParticipantList : List<KeyValuePair<ParticipantType, string>>/);
  for (const list of ['PSCartLineItemList', 'ParticipantList']) {
    for (const source of ['Hashtable', 'System.Collections.Specialized.OrderedDictionary', 'object[]']) {
      assert.ok(MODELS_CS.includes(`public static implicit operator ${list}(${source} source)`), `${list} from ${source}`);
    }
  }
});

test('MAML is well-formed with one command per exported cmdlet and platyPS structure', () => {
  const root = parseXml(renderMaml(cmdlets));
  assert.is(root.name, 'helpItems');
  assert.is(root.attributes.schema, 'maml');
  const commands = children(root, 'command:command');
  assert.equal(commands.map((c) => child(child(c, 'command:details'), 'command:name').text), cmdlets.map((c) => c.name));
  commands.forEach((command, i) => {
    const cmdlet = cmdlets[i]!;
    const details = child(command, 'command:details');
    assert.is(child(details, 'command:verb').text, cmdlet.verb);
    assert.is(child(details, 'command:noun').text, cmdlet.noun);
    assert.is(unescape(child(child(details, 'maml:description'), 'maml:para').text), cmdlet.synopsis.trim());
    assert.is(children(child(command, 'command:syntax'), 'command:syntaxItem').length, syntaxSets(cmdlet).length);
    const params = children(child(command, 'command:parameters'), 'command:parameter');
    assert.equal(params.map((p) => child(p, 'maml:name').text), cmdlet.parameters.map((p) => p.name));
    for (const p of params) {
      for (const attr of ['required', 'position', 'pipelineInput', 'globbing', 'aliases']) assert.ok(attr in p.attributes, attr);
      child(p, 'dev:type');
      child(p, 'dev:defaultValue');
    }
    for (const section of ['command:inputTypes', 'command:returnValues', 'maml:alertSet', 'command:examples', 'command:relatedLinks']) child(command, section);
    const examples = children(child(command, 'command:examples'), 'command:example');
    assert.is(examples.length, cmdlet.examples.length);
    for (const example of examples) { child(example, 'maml:title'); child(example, 'dev:code'); child(example, 'dev:remarks'); }
  });
});

test('Connect-PartnerCenter MAML has five syntax items with the right mandatory parameters', () => {
  const connect = cmdlets.find((c) => c.name === 'Connect-PartnerCenter')!;
  const command = children(parseXml(renderMaml([connect])), 'command:command')[0]!;
  const items = children(child(command, 'command:syntax'), 'command:syntaxItem');
  assert.is(items.length, 5);
  const required = items.map((item) => children(item, 'command:parameter').filter((p) => p.attributes.required === 'true').map((p) => child(p, 'maml:name').text));
  const requiredInSet = (set: string) => connect.parameters.filter((p) => p.parameterSets.some((e) => e.name === set && e.required)).map((p) => p.name);
  assert.equal(required, connect.parameterSets.map(requiredInSet));
});

/** The C# model classes (PartnerCenter.Types.ps1) → their public properties. */
function csharpProperties(): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  for (const block of MODELS_CS.split(/\n    public class /).slice(1)) {
    const name = /^\w+/.exec(block)![0];
    classes.set(name, new Set([...block.matchAll(/public [\w<>,.? ]+? (\w+) \{ get; set; \}/g)].map((m) => m[1]!)));
  }
  return classes;
}

/** Which property of which runtime model holds which nested model (ProvisioningContext and Participants are maps/pairs, not models). */
const NESTED: Record<string, Record<string, string>> = {
  PSCart: { LineItems: 'PSCartLineItem' },
  PSCartLineItem: { AddonItems: 'PSCartLineItem', Error: 'PSCartError', RenewsTo: 'PSRenewsTo' },
  PSCartCheckoutResult: { Orders: 'PSOrder', OrderErrors: 'PSOrderError' },
  PSOrder: { LineItems: 'PSOrderLineItem', Attributes: 'PSResourceAttributes' },
  PSOrderLineItem: { RenewsTo: 'PSRenewsTo', Pricing: 'PSPricing', Attributes: 'PSResourceAttributes' },
};

/** Every property name an emitted object of `type` carries, walking into the nested models. */
function collectProperties(type: string, value: unknown, into: Map<string, Set<string>>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectProperties(type, item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const seen = into.get(type) ?? new Set<string>();
  into.set(type, seen);
  for (const [key, nested] of Object.entries(value)) {
    seen.add(key);
    const nestedType = NESTED[type]?.[key];
    if (nestedType) collectProperties(nestedType, nested, into);
  }
}

/** `written` collects what a handler writes itself (a cart with line-item warnings goes out before them). */
function handlerContext(client: PartnerCenterClient, written: unknown[] = []): CmdletContext {
  const unused = () => {
    throw new Error('not used by cart handlers');
  };
  return {
    commandName: 'test', parameterSet: '__AllParameterSets', correlationId: async () => 'c', env: {}, interactive: false,
    prompt: unused, now: () => new Date(), partnerCenter: async () => client,
    verbose: () => {}, debug: () => {}, warning: async () => {}, host: () => {},
    registry: undefined as never, width: 80, writeError: async () => {}, writeObject: (item: unknown) => { written.push(item); },
  };
}

test('the C# models carry every property the runtime emits (real emulator New → Set → Submit, plus the mappers on a full wire answer)', async () => {
  const emitted = new Map<string, Set<string>>();
  const h = await startHarness();
  try {
    const written: unknown[] = [];
    const ctx = handlerContext(recordingClient(h.emulator.url).client, written);
    const full = {
      CatalogItemId: BASIC_ITEM, FriendlyName: 'Seats', Quantity: 2, BillingCycle: 'Annual' as const, TermDuration: 'P1Y',
      PromotionId: '39NFJQT1Q5KV:0002:39NFJQT1Q5KV', Participants: [{ Key: 'TransactionReseller' as const, Value: '5357564' }],
      ProvisioningContext: { note: 'kept' }, RenewsTo: { TermDuration: 'P1Y' }, CustomTermEndDate: '2030-01-31', AttestationAccepted: true,
      // above the base offer's 2 seats: the cart comes back with an Error on the add-on
      AddonItems: [{ CatalogItemId: ADDON_ITEM, Quantity: 3, BillingCycle: 'Annual' as const, TermDuration: 'P1Y', RenewsTo: { TermDuration: 'P1Y' } }],
    };
    const created = ((await newCart({ CustomerId: CUSTOMER, LineItems: [full, riLine()] }, ctx)) ?? written.pop()) as PSCart;
    assert.ok(created.LineItems[0]!.AddonItems![0]!.Error, 'the add-on has a line error');
    collectProperties('PSCart', created, emitted);
    const fixed = { ...full, AddonItems: [{ ...full.AddonItems[0]!, Quantity: 1 }] };
    const set = ((await setCart({ CustomerId: CUSTOMER, CartId: created.CartId, LineItems: [fixed, riLine()] }, ctx)) ?? written.pop()) as PSCart;
    collectProperties('PSCart', set, emitted);
    const result = (await submitCart({ CustomerId: CUSTOMER, CartId: created.CartId }, ctx)) as PSCartCheckoutResult;
    assert.ok(result.Orders.length > 0);
    collectProperties('PSCartCheckoutResult', result, emitted);
  } finally {
    await h.stop();
  }
  // what the emulator never answers (order errors, every optional wire field) through the same mappers
  collectProperties('PSCartCheckoutResult', checkoutResultFromWire({
    orders: [{ id: 'o', alternateId: 'a', referenceCustomerId: CUSTOMER, billingCycle: 'monthly', currencyCode: 'USD', currencySymbol: '$', creationDate: '2030-01-01T00:00:00Z', status: 'completed', transactionType: 'UserPurchase', totalPrice: 1, partnerOnRecordAttestationAccepted: true,
      links: { self: { uri: '/o', method: 'GET', headers: [] }, provisioningStatus: { uri: '/o/p', method: 'GET', headers: [] } }, attributes: { objectType: 'Order', etag: 'e' },
      lineItems: [{ lineItemNumber: 0, offerId: 'x', subscriptionId: 's', parentSubscriptionId: 'p', termDuration: 'P1M', friendlyName: 'f', quantity: 1, provisioningContext: {}, renewsTo: { termDuration: 'P1M' }, transactionType: 'New',
        promotionId: 'p', customTermEndDate: '2030-01-31T00:00:00Z', partnerIdOnRecord: '1', additionalPartnerIdsOnRecord: ['2'], attestationAccepted: true,
        pricing: { listPrice: 1, discountedPrice: 1, proratedPrice: 1, price: 1, extendedPrice: 1 }, links: { subscription: { uri: '/s', method: 'GET', headers: [] } }, attributes: { objectType: 'OrderLineItem' } }] }],
    orderErrors: [{ orderGroupId: '0', code: 800010, description: 'no inventory' }],
  }), emitted);
  collectProperties('PSCartLineItem', lineItemFromWire({
    id: 0, catalogItemId: 'x', friendlyName: 'f', quantity: 1, currencyCode: 'USD', billingCycle: 'monthly', termDuration: 'P1M', promotionId: 'p',
    participants: [{ key: 'transaction_reseller', value: '1' }], provisioningContext: {}, orderGroup: '0', addonItems: [], renewsTo: { termDuration: 'P1M' },
    error: { errorCode: 10010, errorDescription: 'bad' }, customTermEndDate: '2030-01-31', attestationAccepted: true,
  }), emitted);

  // the walk saw the properties this check exists for
  for (const [type, name] of [['PSOrder', 'CurrencySymbol'], ['PSOrder', 'TransactionType'], ['PSOrderLineItem', 'RenewsTo'], ['PSOrderLineItem', 'TransactionType'], ['PSCartLineItem', 'OrderGroup'], ['PSCartLineItem', 'Error'], ['PSOrderError', 'OrderGroupId'], ['PSOrder', 'Links'], ['PSOrderLineItem', 'Pricing'], ['PSPricing', 'ExtendedPrice'], ['PSOrder', 'TotalPrice']] as const) {
    assert.ok(emitted.get(type)?.has(name), `${type}.${name} was not emitted`);
  }
  const csharp = csharpProperties();
  for (const type of ['PSCart', 'PSCartLineItem', 'PSCartCheckoutResult', 'PSOrder', 'PSOrderLineItem', 'PSOrderError', 'PSCartError', 'PSRenewsTo', 'PSPricing', 'PSResourceAttributes']) {
    assert.ok(emitted.has(type), `no ${type} emitted`);
    const missing = [...emitted.get(type)!].filter((name) => !csharp.get(type)?.has(name));
    assert.equal(missing, [], `${type} in the generated C# lacks ${missing.join(', ')}: pwsh would drop them`);
  }
});

test('the bridge sends every PSCartLineItem property: the binder takes exactly the C# model\'s properties', () => {
  assert.equal([...csharpProperties().get('PSCartLineItem')!].sort(), [...LINE_ITEM_PROPERTIES].sort());
});

test('the XML checker rejects broken documents', () => {
  for (const bad of ['<a><b></a>', '<a>&bogus;</a>', '<a x=1/>', '<a></a><b></b>', '<a>']) assert.throws(() => parseXml(bad), undefined, bad);
});

test.run();
