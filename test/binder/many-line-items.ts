/**
 * Test helper: build N line items as JSON or as hashtable literals, and bind them through the
 * whole argv pipeline (was src/binder/bench.ts; only the tests use it).
 */
import type { CmdletInfo } from '../../src/registry/model.ts';
import { bindArguments } from '../../src/binder/bind-arguments.ts';
import type { BindResult, BinderIo } from '../../src/binder/types.ts';

function lineItemsJson(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
    Quantity: (i % 50) + 1,
    BillingCycle: i % 2 === 0 ? 'Monthly' : 'Annual',
    TermDuration: 'P1Y',
    FriendlyName: `Seat block ${i}`,
  }));
  return JSON.stringify(items);
}

function lineItemsLiteral(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=${(i % 50) + 1}; BillingCycle='Monthly'; TermDuration='P1Y'; FriendlyName="Seat block ${i}"}`,
  ).join(',');
}

const NO_FILES: BinderIo = {
  cwd: '/',
  readFile: () => '',
  readStdin: () => '',
};

/** Binds `New-PartnerCustomerCart -CustomerId … -LineItems <count items>` (JSON or literal form). */
export function bindManyLineItems(cmdlet: CmdletInfo, count: number, form: 'json' | 'literal' = 'json'): BindResult {
  const text = form === 'json' ? lineItemsJson(count) : lineItemsLiteral(count);
  return bindArguments(cmdlet, ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', '-LineItems', text], NO_FILES);
}
