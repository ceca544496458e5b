/**
 * import() of an ESM-only npm package (yargs) from code that may run inside the code-cached
 * bundle. dist/load.js runs the bundle through vm.Script to use V8's code cache, and import()
 * is not available in vm code without an experimental flag, so the loader lends its own.
 */
type Importer = (specifier: string) => Promise<unknown>;

export function importPackage<T>(specifier: string): Promise<T> {
  const lent = (globalThis as { __pcshImport?: Importer }).__pcshImport;
  return (lent ? lent(specifier) : import(specifier)) as Promise<T>;
}
