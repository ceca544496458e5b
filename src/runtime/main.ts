/**
 * The entry point of every command: `pcsh …` and each cmdlet-named shim (dist/bin/<Cmdlet>.js).
 * Cmdlet calls take the fast path (no yargs); only pcsh's own subcommands load yargs.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stdinIsTerminal, type RuntimeEnvironment } from './environment.ts';
import { runCliCall } from './cli-call.ts';
import { directOutput } from './direct-output.ts';

/** pcsh's own subcommands (everything else is a cmdlet name); `pcsh host --stdio` is the pwsh host. */
const SUBCOMMANDS = new Set(['completion', '__complete', 'registry', 'emulator', 'trace-binding', 'pwsh-module', 'host', 'help', '--help', '-h', '--version']);

export interface MainOptions {
  /** The package root (file URL or path), where dist/ and help/ live. */
  root: string | URL;
  /** Set by a cmdlet-named shim: argv are that cmdlet's arguments. */
  commandName?: string;
}

export async function main(argv: readonly string[], options: MainOptions): Promise<void> {
  const root = typeof options.root === 'string' ? options.root : fileURLToPath(options.root);
  let version: string | undefined;
  let stderr: RuntimeEnvironment['stderr'] | undefined;
  const first = takeFormatOption([...argv]).rest[0];
  const direct = options.commandName !== undefined || (first !== undefined && !SUBCOMMANDS.has(first));
  const environment: RuntimeEnvironment = {
    root,
    cwd: process.cwd(),
    env: process.env,
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return stdinIsTerminal();
    },
    // A cmdlet call writes to a file, pipe or /dev/null without Node's stream objects (direct-output.ts).
    stdout: direct ? directOutput(1, () => process.stdout) : process.stdout,
    get stderr() {
      return (stderr ??= direct ? directOutput(2, () => process.stderr) : process.stderr);
    },
    // Read on first use: help and listing never need it.
    get version() {
      return (version ??= readVersion(root));
    },
  };
  process.exitCode = await dispatch([...argv], options.commandName, environment);
}

export async function dispatch(argv: string[], commandName: string | undefined, environment: RuntimeEnvironment): Promise<number> {
  if (commandName) return runCliCall(commandName, argv, environment);
  const { format, rest } = takeFormatOption(argv);
  const scoped = format === undefined ? environment : { ...environment, env: { ...environment.env, PCSH_FORMAT: format } };
  const first = rest[0];
  if (first === undefined || SUBCOMMANDS.has(first)) {
    const { runSubcommand } = await import('./subcommands.ts');
    return runSubcommand(rest, scoped);
  }
  return runCliCall(first, rest.slice(1), scoped);
}

/** `pcsh --format json New-PartnerCustomerCart …` (also `--format=json`), before the command name only. */
function takeFormatOption(argv: string[]): { format: string | undefined; rest: string[] } {
  const first = argv[0];
  if (first === '--format' && argv.length > 1) return { format: argv[1], rest: argv.slice(2) };
  if (first?.startsWith('--format=')) return { format: first.slice('--format='.length), rest: argv.slice(1) };
  return { format: undefined, rest: argv };
}

function readVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
