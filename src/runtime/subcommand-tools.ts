/**
 * The subcommands' heavy tools — the registry builder (markdown reader, js-yaml, the schema
 * validator) and the PowerShell module generator — bundled apart into dist/tools.js so a cmdlet
 * call never parses them (scripts/build/bundle.ts). Both report their own errors and return an
 * exit code.
 */
export { runRegistryBuild } from '../registry/build-command.ts';
export { runPwshModuleCommand } from '../pwsh/pwsh-module-command.ts';
