/**
 * `npm run build` (also run by `npm ci` through `prepare`): everything the commands need.
 * Each step is a pure-ish function in scripts/build/; this file only orders them.
 */
import { compileSchemas } from './build/compile-schemas.ts';

const root = new URL('..', import.meta.url).pathname;
const steps: [string, () => Promise<unknown> | unknown][] = [
  ['compile schemas', () => compileSchemas(root)],
  // Imported after 'compile schemas': the registry build uses the generated schema validator.
  ['registry', async () => (await import('./build/build-registry.ts')).buildRegistryStep(root)],
  ['pwsh module', async () => (await import('./build/build-pwsh-module.ts')).buildPwshModule(root)],
  ['parameter types', async () => (await import('./build/generate-parameter-types.ts')).generateParameterTypesStep(root)],
  ['command shims', async () => (await import('./build/generate-bins.ts')).generateBinsStep(root)],
  ['completion and man pages', async () => (await import('./build/generate-shell-files.ts')).generateShellFilesStep(root)],
  ['bundle', async () => (await import('./build/bundle.ts')).bundle(root)],
  ['loader', async () => (await import('./build/code-cache.ts')).writeLoader(root)],
  ['code cache', async () => (await import('./build/code-cache.ts')).buildCodeCache(root)],
];

for (const [name, run] of steps) {
  const started = performance.now();
  await run();
  process.stderr.write(`build: ${name} (${Math.round(performance.now() - started)} ms)\n`);
}
