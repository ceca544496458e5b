/**
 * The catalog models the pwsh module compiles (src/pwsh/catalog-models.ts) carry exactly the
 * properties the runtime emits (src/partner-center/catalog-mapping.ts): a property missing there
 * would be silently lost in pwsh, one too many would always be empty.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { availabilityFromWire, customerFromWire, productFromWire, skuFromWire } from '../../src/partner-center/catalog-mapping.ts';
import { CATALOG_MODELS, CATALOG_OUTPUT_TYPES } from '../../src/pwsh/catalog-models.ts';
import type { ModelClass } from '../../src/pwsh/catalog-models.ts';
import { renderCatalogModels } from '../../src/pwsh/catalog-models-cs.ts';

const classes = CATALOG_MODELS.filter((model): model is ModelClass => model.kind === 'class');
const propertiesOf = (fullName: string) => {
  const model = classes.find((m) => `${m.namespace}.${m.name}` === fullName);
  if (!model) throw new Error(`no model ${fullName}`);
  return Object.keys(model.properties).sort();
};

const availability = availabilityFromWire({ product: {}, sku: {} });
const emitted: [string, object][] = [
  ['Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer', customerFromWire({})],
  ['Microsoft.Store.PartnerCenter.Models.Customers.CustomerBillingProfile', customerFromWire({ billingProfile: {} }).BillingProfile!],
  ['Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSProduct', productFromWire({})],
  ['Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSSku', skuFromWire({})],
  ['Microsoft.Store.PartnerCenter.PowerShell.Models.Products.PSProductAvailability', availability],
  ['Microsoft.Store.PartnerCenter.Models.Products.Product', availability.Product!],
  ['Microsoft.Store.PartnerCenter.Models.Products.Sku', availability.Sku!],
];

for (const [fullName, object] of emitted) {
  test(`${fullName}: the compiled properties are the emitted ones`, () => {
    assert.equal(propertiesOf(fullName), Object.keys(object).sort());
  });
}

test('every output type is a declared class, and the C# declares each model once in its namespace', () => {
  for (const name of CATALOG_OUTPUT_TYPES) assert.ok(propertiesOf(name).length > 0, name);
  const source = renderCatalogModels();
  for (const model of CATALOG_MODELS) {
    assert.is(source.match(new RegExp(`public ${model.kind} ${model.name}\\b`, 'g'))?.length, 1, model.name);
    assert.ok(source.includes(`namespace ${model.namespace}\n{`), model.namespace);
  }
  const cycles = 'System.Collections.Generic.IEnumerable<Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.BillingCycleType>';
  assert.ok(source.includes(`        public ${cycles} SupportedBillingCycles { get; set; }`));
});

test.run();
