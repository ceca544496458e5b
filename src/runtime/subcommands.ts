/**
 * pcsh's own subcommands, `pcsh <subcommand> …` (yargs is loaded only here):
 *   pcsh registry build --help-dir DIR --out FILE [--keep-going]
 *   pcsh emulator start [--port N] [--data DIR] [--no-etags]
 *   pcsh trace-binding <Cmdlet> [args…]
 *   pcsh pwsh-module [--out DIR]
 *   pcsh host --stdio
 *   pcsh completion bash|zsh|fish|--install [SHELL], pcsh __complete -- WORD… (completion-command.ts)
 * Cmdlets themselves run as `pcsh <Cmdlet> …` or by their own names.
 */
import { join, resolve } from 'node:path';
import type { RuntimeEnvironment } from './environment.ts';
import { importPackage } from './import-package.ts';
import { ExitCode, PcshError, formatConcise } from '../core/error-record.ts';

/** Thrown from yargs' fail() so that a command whose options failed validation never runs. */
class UsageFailure extends Error {}

export async function runHostCommand(argv: string[], environment: RuntimeEnvironment): Promise<number> {
  try {
    return await runHostCommandUnguarded(argv, environment);
  } catch (error) {
    // A refused registry (exit 3) or any other failure: one line on stderr, never a stack dump.
    const record = error instanceof PcshError ? error : undefined;
    environment.stderr.write(`${record ? formatConcise(record) : `pcsh: ${error instanceof Error ? error.message : String(error)}`}\n`);
    return record?.exitCode ?? ExitCode.Failure;
  }
}

async function runHostCommandUnguarded(argv: string[], environment: RuntimeEnvironment): Promise<number> {
  // trace-binding passes PowerShell-style arguments through untouched: yargs must not see them.
  if (argv[0] === 'trace-binding') {
    const { runTraceBinding } = await import('./trace-binding-command.ts');
    return runTraceBinding(argv.slice(1), environment);
  }
  // Tab completion must stay light (no yargs): every TAB runs it.
  if (argv[0] === 'completion' || argv[0] === '__complete') {
    const { runCompletionCommand } = await import('./completion-command.ts');
    return runCompletionCommand(argv, environment);
  }
  const { default: yargs } = await importPackage<typeof import('yargs')>('yargs');
  let exitCode = 0;
  const out = (text: string) => environment.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const err = (line: string) => environment.stderr.write(`${line}\n`);
  const parser = yargs(argv)
    .scriptName('pcsh')
    .usage('pcsh <Cmdlet> [PowerShell-style arguments]\npcsh <command> [options]')
    .command('registry build', 'Build a cmdlet registry from a folder of platyPS markdown files', (y) =>
      y
        .option('help-dir', { type: 'string', demandOption: true, describe: 'Folder of platyPS .md files' })
        .option('out', { type: 'string', demandOption: true, describe: 'Registry JSON file to write' })
        .option('keep-going', { type: 'boolean', default: false, describe: 'Write what could be read despite problems (exit code stays 1)' }),
      async (args) => {
        const { runRegistryBuild } = await import('../registry/build-command.ts');
        const { cmdletMetadata } = await import('../cmdlets/metadata.ts');
        exitCode = runRegistryBuild(
          { helpDir: resolve(environment.cwd, args['help-dir']), out: resolve(environment.cwd, args.out), keepGoing: args['keep-going'], metadata: cmdletMetadata },
          err,
        );
      })
    .command('emulator start', 'Run the Partner Center emulator on 127.0.0.1 until interrupted', (y) =>
      y
        .option('port', { type: 'number', default: 8990, describe: 'Port on 127.0.0.1 (0 picks a free one)' })
        .option('data', { type: 'string', describe: 'State folder (default: PCSH_EMULATOR_DATA or the user data folder)' })
        .option('etags', { type: 'boolean', default: true, describe: 'Send cart ETags and honour If-Match (--no-etags: none, as the documented service)' }),
      async (args) => {
        const { runEmulatorCommand, defaultEmulatorDataDir } = await import('../emulator/index.ts');
        const dataDir = args.data ? resolve(environment.cwd, args.data) : defaultEmulatorDataDir(environment.env);
        exitCode = await runEmulatorCommand({ port: args.port, dataDir, etags: args.etags }, out);
      })
    // Listed for --help only: runHostCommand handles trace-binding above, before yargs parses.
    .command('trace-binding <Cmdlet>', 'Show how the PowerShell-style arguments after <Cmdlet> bind (JSON); runs nothing')
    // Listed for --help only: runHostCommand handles completion above, before yargs parses.
    .command('completion <shell>', 'Print the tab-completion script for bash, zsh or fish (--install puts it in place)')
    .command('pwsh-module', 'Write the PowerShell module that forwards to pcsh', (y) =>
      y.option('out', { type: 'string', describe: 'Output folder (default: dist/pwsh/PartnerCenter)' }),
      async (args) => {
        const { runPwshModuleCommand } = await import('../pwsh/pwsh-module-command.ts');
        const { loadRuntimeRegistry } = await import('./registry-access.ts');
        const outDir = args.out ? resolve(environment.cwd, args.out) : join(environment.root, 'dist', 'pwsh', 'PartnerCenter');
        exitCode = runPwshModuleCommand({ registry: loadRuntimeRegistry(environment.root), outDir, version: environment.version, log: err });
      })
    .command('host', 'Serve cmdlet calls as JSON lines over stdio (used by the PowerShell module)', (y) =>
      y.option('stdio', { type: 'boolean', demandOption: true }),
      async () => {
        const { runHostServer } = await import('../pwsh/host-server.ts');
        const { createInvoker } = await import('./pwsh-host-call.ts');
        await runHostServer(environment.stdin, environment.stdout, createInvoker(environment));
        exitCode = 0;
      })
    .demandCommand(1, 'Name a cmdlet (see: pcsh Get-Command) or a command.')
    .strict()
    .version(environment.version)
    .help()
    .exitProcess(false)
    .fail((message, error) => {
      // An error thrown by a command's own handler is not a usage problem: let it through.
      if (error && error.name !== 'YError') throw error;
      err(message ?? error?.message ?? 'Invalid command.');
      err('Run "pcsh --help" for usage, or "pcsh Get-Command" for the cmdlets.');
      throw new UsageFailure();
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageFailure) return ExitCode.Usage;
    throw error;
  }
  return exitCode;
}
