// fetch-blob/from.js as node-fetch re-exports it, loaded on first use (see lean-node-fetch.ts):
// at load it reads fs.promises, which loads Node's fs/promises and readline on every call.
'use strict';
const real = () => require('fetch-blob/from.js');
module.exports = {
  Blob: require('fetch-blob').default,
  File: require('fetch-blob/file.js').default,
  fileFrom: (...args) => real().fileFrom(...args),
  fileFromSync: (...args) => real().fileFromSync(...args),
  blobFrom: (...args) => real().blobFrom(...args),
  blobFromSync: (...args) => real().blobFromSync(...args),
};
