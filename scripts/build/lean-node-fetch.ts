/**
 * What node-fetch pulls in at load time but a request may never use, deferred to first use
 * (issue 15: the HTTP client's initialisation was ~29 % of one New- call's CPU):
 * - node:https (~10 ms of CPU to load, with tls): used only for https: URLs, so never against the
 *   emulator; a Partner Center call still loads it, on its first request;
 * - node:zlib: used only when a response has a Content-Encoding;
 * - fetch-blob/streams.cjs: a polyfill check for Node < 16.5; `globalThis.ReadableStream` in it
 *   loads Node's web streams (~10 ms) on every call. Node >= 20 (package.json engines) has them;
 * - fetch-blob/from.js, re-exported by node-fetch (file helpers pcsh never calls): it reads
 *   fs.promises at load, which loads fs/promises and readline; a wrapper requires it on first use.
 * Behaviour is unchanged: the same modules answer the same calls, only later.
 */
import type { Plugin } from 'esbuild';
import { join } from 'node:path';

export function leanNodeFetch(root: string): Plugin {
  const stub = (name: string) => join(root, 'scripts/build/stubs', name);
  const fromNodeFetch = (importer: string) => /[\\/]node_modules[\\/](node-fetch|fetch-blob|formdata-polyfill)[\\/]/.test(importer);
  return {
    name: 'lean-node-fetch',
    setup(build) {
      build.onResolve({ filter: /^node:(https|zlib)$/ }, (args) =>
        fromNodeFetch(args.importer) ? { path: stub(`lazy-${args.path.slice('node:'.length)}.cjs`) } : undefined);
      build.onResolve({ filter: /^\.\/streams\.cjs$/ }, (args) =>
        fromNodeFetch(args.importer) ? { path: stub('empty-module.cjs') } : undefined);
      build.onResolve({ filter: /^fetch-blob\/from\.js$/ }, (args) =>
        /[\\/]node-fetch[\\/]src[\\/]index\.js$/.test(args.importer) ? { path: stub('fetch-blob-from.cjs') } : undefined);
    },
  };
}
