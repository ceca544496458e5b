// Stands in for a polyfill Node 20 never needs (see bundle.ts).
module.exports = {};
