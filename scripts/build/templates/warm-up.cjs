'use strict';
// Run by scripts/build/code-cache.ts: node -e <this text> <dist/load.js> <package root> <kind>.
// Runs the paths one kind of call takes (see cacheKind in load.cjs), then saves what V8 compiled.
const { Writable } = require('node:stream');
const [loader, root, kind] = process.argv.slice(1); // node -e: argv[1] is the first argument
const { exports: pcsh, writeCodeCache } = require(loader).loadBundle(kind);
const sink = () => new Writable({ write(_chunk, _encoding, done) { done(); } });
const env = { ...process.env, NO_COLOR: '1' };
const environment = { root, cwd: root, env, get stdin() { return process.stdin; }, stdinIsTTY: false, stdout: sink(), stderr: sink(), version: '0.0.0' };
const item = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=1; BillingCycle='Monthly'; TermDuration='P1M'}";
const jsonItem = '[{"CatalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "Quantity": 1, "BillingCycle": "Monthly"}]';
const customer = ['-CustomerId', '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'];

const calls = {
  usage: [
    [['-?'], 'New-PartnerCustomerCart'],
  ],
  help: [
    [['New-PartnerCustomerCart', '-Full'], 'Get-Help'],
    [[], 'Get-Command'],
  ],
  whatif: [
    [[...customer, '-LineItems', item, '-WhatIf'], 'New-PartnerCustomerCart'],
    [[...customer, '-LineItems', jsonItem, '-WhatIf'], 'New-PartnerCustomerCart'],
  ],
  // Signed in beforehand by code-cache.ts, so Connect-PartnerCenter's code is not in the cache every call reads.
  call: [
    [[...customer, '-LineItems', item, '-Confirm:$false'], 'New-PartnerCustomerCart'],
    [[...customer, '-CartId', '00000000-0000-0000-0000-000000000000'], 'Get-PartnerCustomerCart'],
  ],
}[kind];

(async () => {
  if (!calls) throw new Error(`no warm-up for the cache kind '${kind}'`);
  for (const [argv, commandName] of calls) await pcsh.dispatch(argv, commandName, environment);
  writeCodeCache();
})().catch((error) => { console.error(error); process.exitCode = 1; });
