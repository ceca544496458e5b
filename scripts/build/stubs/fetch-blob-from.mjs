// fetch-blob/from.js as node-fetch re-exports it, loaded on first use (see lean-node-fetch.ts):
// at load it reads fs.promises, which loads Node's fs/promises and readline on every call.
export { default as File } from 'fetch-blob/file.js';
export { default as Blob } from 'fetch-blob';

const real = () => require('fetch-blob/from.js');
export const fileFrom = (...args) => real().fileFrom(...args);
export const fileFromSync = (...args) => real().fileFromSync(...args);
export const blobFrom = (...args) => real().blobFrom(...args);
export const blobFromSync = (...args) => real().blobFromSync(...args);
