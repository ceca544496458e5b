// node:zlib for node-fetch, required on first use (see lean-node-fetch.ts).
'use strict';
module.exports = new Proxy({}, { get: (_target, key) => require('node:zlib')[key] });
