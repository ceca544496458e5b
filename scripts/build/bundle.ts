/**
 * Bundles the CLI into dist/pcsh.js with esbuild for start-up speed. Code behind dynamic
 * import() (binder, emulator, sign-in, yargs host, handlers) goes into chunks that load only
 * when used. npm packages stay external and load from node_modules.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export async function bundle(root: string): Promise<void> {
  const result = await build({
    entryPoints: { pcsh: join(root, 'src/runtime/main.ts') },
    outdir: join(root, 'dist'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  removeStaleChunks(root, new Set(Object.keys(result.metafile.outputs).map((p) => relative(root, join(process.cwd(), p)))));
}

/** Chunks of earlier builds (content-hashed names) are deleted once the new ones are written. */
function removeStaleChunks(root: string, written: Set<string>): void {
  const dir = join(root, 'dist/chunks');
  for (const name of readdirSync(dir)) {
    const path = `dist/chunks/${name}`;
    if (!written.has(path)) rmSync(join(dir, name), { force: true });
  }
}
