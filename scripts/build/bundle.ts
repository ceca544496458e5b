/**
 * Bundles the CLI into one CommonJS file, dist/pcsh.js, for start-up speed: every cmdlet call pays
 * Node's start-up, and a single CommonJS file skips the ES module loader's per-module cost (the
 * earlier split ESM bundle loaded 47 modules for one New-PartnerCustomerCart). Code behind
 * dynamic import() is still evaluated only when used. dist/load.js then runs it with V8's code
 * cache (code-cache.ts). @azure/msal-node (large; sign-in only) and yargs (host commands only)
 * stay in node_modules; the subcommand tools go to dist/tools.js (src/runtime/subcommand-tools.ts).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { leanNodeFetch } from './lean-node-fetch.ts';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';

/** In the main bundle, the subcommand tools (src/runtime/subcommand-tools.ts) are required from dist/tools.js. */
const subcommandToolsApart: Plugin = {
  name: 'subcommand-tools-apart',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /(registry\/build-command|pwsh\/pwsh-module-command)\.ts$/ }, (args) =>
      args.importer.endsWith('subcommands.ts') ? { path: './tools.js', external: true } : undefined,
    );
  },
};

const COMPLETE_HINT = 'dist/complete.js is a part of pcsh, not a command. The shells call it through: pcsh __complete -- WORD...\n';
const TOOLS_HINT = 'dist/tools.js is a part of pcsh, not a command. Use: pcsh registry build --help-dir DIR --out FILE, or pcsh pwsh-module [--out DIR].\n';

export async function bundle(root: string): Promise<void> {
  rmSync(join(root, 'dist/chunks'), { recursive: true, force: true }); // left by earlier split builds
  // dist/ holds CommonJS (the package itself is "type": "module").
  writeFileAtomic(join(root, 'dist/package.json'), '{ "type": "commonjs" }\n');
  const common: BuildOptions = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['@azure/msal-node', 'yargs', 'web-tree-sitter', 'tree-sitter-powershell'],
    // import() of node: modules and msal becomes require(): vm code (load.js) has no import().
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    // Smaller text to read, decode and parse on every call (the linked source map has the names).
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    // No keepNames: its ~1,300 Object.defineProperty calls cost ~1.5 ms of every start; error classes set their own name.
    keepNames: false,
    legalComments: 'none',
    charset: 'ascii', // non-ASCII is escaped: dist/load.js reads the bundle as latin1
    logLevel: 'warning',
  };
  // Each file says what it is; run as a program, pcsh.js is pcsh and tools.js names the commands that use it.
  await build({
    ...common,
    entryPoints: [join(root, 'src/runtime/main.ts')],
    outfile: join(root, 'dist/pcsh.js'),
    plugins: [subcommandToolsApart, leanNodeFetch(root)],
    banner: { js: '// pcsh, bundled (dist/load.js runs it with a code cache). As a program: node dist/pcsh.js <Cmdlet> [arguments].' },
    footer: { js: "if (require.main === module) module.exports.main(process.argv.slice(2), { root: require('node:path').join(__dirname, '..') });" },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'src/runtime/subcommand-tools.ts')],
    outfile: join(root, 'dist/tools.js'),
    plugins: [leanNodeFetch(root)],
    banner: { js: '// pcsh subcommand tools (registry builder, PowerShell module writer), loaded by pcsh registry build and pcsh pwsh-module.' },
    footer: { js: `if (require.main === module) { process.stderr.write(${JSON.stringify(TOOLS_HINT)}); process.exitCode = 2; }` },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'src/runtime/complete-entry.ts')],
    outfile: join(root, 'dist/complete.js'),
    banner: { js: '// pcsh tab completion: what dist/bin/pcsh.js runs for `pcsh __complete -- WORD…`, without the whole CLI bundle.' },
    footer: { js: `if (require.main === module) { process.stderr.write(${JSON.stringify(COMPLETE_HINT)}); process.exitCode = 2; }` },
  });
  assertAscii(join(root, 'dist/pcsh.js'));
}

/** dist/load.js reads the bundle as latin1 (no UTF-8 decoding): that is only right while it is ASCII. */
function assertAscii(path: string): void {
  const bytes = readFileSync(path);
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at >= 0) throw new Error(`build: ${path} has a non-ASCII byte at offset ${at}; keep esbuild's charset 'ascii' (dist/load.js reads it as latin1).`);
}
