// Stands in for fetch-blob's streams.cjs (see lean-node-fetch.ts): a web streams polyfill check
// that Node 20 never needs, and whose `globalThis.ReadableStream` test loads Node's web streams.
module.exports = {};
