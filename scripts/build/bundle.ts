/**
 * Bundles the CLI into dist/pcsh.js with esbuild for start-up speed. Code behind dynamic
 * import() (emulator, sign-in, yargs host, handlers) goes into separate chunks that load only
 * when used. npm packages stay external and load from node_modules.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundle(root: string): Promise<void> {
  await build({
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
  });
}
