// The floor under any Node HTTP client, for the start-up table: bare node sending the same POST a
// New-PartnerCustomerCart call sends, with node:http alone, to the emulator at PCSH_ENDPOINT.
'use strict';
const http = require('node:http');
const body = JSON.stringify({ lineItems: [{ id: 0, catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', quantity: 1, billingCycle: 'Monthly', termDuration: 'P1M' }] });
const url = `${process.env.PCSH_ENDPOINT}/v1/customers/46a62ece-10ad-42e5-b3f1-b2ed53e6fc08/carts`;
const headers = { authorization: 'Bearer raw-post', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
http.request(url, { method: 'POST', headers }, (response) => {
  response.resume();
  response.on('end', () => { process.exitCode = response.statusCode === 201 ? 0 : 1; });
}).end(body);
