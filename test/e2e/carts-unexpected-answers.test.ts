/**
 * A Partner Center that answers 2xx with something that is not a cart (or checkout result), met
 * through the real commands: exit 1 with a clear error, nothing on stdout, never an empty CartId.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startFakeService } from '../partner-center/fake-service.ts';
import { createSandbox } from './run-command.ts';
import { CUSTOMER, BASIC_LITERAL } from './fixtures-carts/helpers.ts';

const CART = 'f5b2a0e1-6c3d-4f7a-8e9b-0a1b2c3d4e5f';

const cases: [string, string, string[], unknown, RegExp][] = [
  ['New- answered 200 {"value": …}', 'POST', ['New-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-LineItems', BASIC_LITERAL],
    { value: 'unrelated' }, /^New-PartnerCustomerCart: Partner Center answered HTTP 200 with a body that is not a cart: the body: must have required property 'id' \(HTTP 200, request [0-9a-f-]+\)\n$/],
  ['Submit- answered 201 []', 'POST', ['Submit-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-CartId', CART, '-Confirm:$false'],
    [], /^Submit-PartnerCustomerCart: Partner Center answered HTTP 201 with a body that is not a checkout result: the body: must be object/],
  ['Get- answered 200 with an empty body', 'GET', ['Get-PartnerCustomerCart', '-CustomerId', CUSTOMER, '-CartId', CART],
    '', /^Get-PartnerCustomerCart: Partner Center answered HTTP 200 with a body that is not a cart: the body: must be object/],
];

for (const [name, method, argv, body, expected] of cases) {
  test(name, async () => {
    const status = argv[0] === 'Submit-PartnerCustomerCart' ? 201 : 200;
    const service = await startFakeService([{ method, status, body }]);
    try {
      const sandbox = createSandbox({ PCSH_ENDPOINT: service.url, PCSH_ACCESS_TOKEN: 'e2e-token' });
      const connect = await sandbox.run('Connect-PartnerCenter', ['-AccessToken', '-']);
      assert.is(connect.code, 0, connect.stderr);
      const result = await sandbox.run(argv[0]!, argv.slice(1));
      assert.is(result.code, 1, result.stderr);
      assert.is(result.stdout, '');
      assert.match(result.stderr, expected);
      assert.is(service.received.length, 1, 'a 2xx is not retried');
    } finally {
      await service.close();
    }
  });
}

test.run();
