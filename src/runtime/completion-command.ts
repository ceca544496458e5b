/**
 * `pcsh __complete -- WORD…` (what the completion scripts call: one candidate per line) and
 * `pcsh completion bash|zsh|fish|--install [SHELL]`. Kept light: no yargs, msal, node-fetch or
 * ajv; the registry file and the recent-ids file are the only things read. The completion itself
 * lives in src/shell.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuntimeEnvironment } from './environment.ts';
import { ExitCode } from '../core/error-record.ts';
import { loadRuntimeRegistry } from './registry-access.ts';
import { resolveConfigDir } from '../auth/config-dir.ts';
import { complete } from '../shell/complete.ts';
import { readRecentIds } from '../shell/recent-ids.ts';
import { completedCommands, completionFileName, completionUsage, isShell, type CompletionShell } from '../shell/completion-script.ts';

export async function runCompletionCommand(argv: string[], environment: RuntimeEnvironment): Promise<number> {
  if (argv[0] === '__complete') return runComplete(argv.slice(argv[1] === '--' ? 2 : 1), environment);
  const [option, shellName, ...extra] = argv.slice(1);
  if (option === '--install' && extra.length === 0) return runInstall(shellName ?? shellFromEnvironment(environment), environment);
  if (shellName !== undefined || !isShell(option)) throw completionUsage(option);
  environment.stdout.write(readCompletionScript(environment.root, option));
  return ExitCode.Success;
}

function runComplete(words: string[], environment: RuntimeEnvironment): number {
  const candidates = complete(words, {
    registry: loadRuntimeRegistry(environment.root),
    recent: readRecentIds(resolveConfigDir(environment.env, process.platform)),
    listDirectory: (dir) => listDirectory(resolve(environment.cwd, dir)),
  });
  if (candidates.length > 0) environment.stdout.write(`${candidates.join('\n')}\n`);
  return ExitCode.Success;
}

async function runInstall(shellName: string, environment: RuntimeEnvironment): Promise<number> {
  if (!isShell(shellName)) throw completionUsage(shellName || undefined);
  const { installCompletion } = await import('../shell/install-completion.ts');
  return installCompletion({
    shell: shellName,
    script: readCompletionScript(environment.root, shellName),
    commandNames: completedCommands(loadRuntimeRegistry(environment.root)),
    env: environment.env,
    say: (line) => environment.stderr.write(`${line}\n`),
  });
}

/** Folder entries, folders with a trailing '/'; an unreadable folder has none. */
function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  } catch {
    return [];
  }
}

function readCompletionScript(root: string, shell: CompletionShell): string {
  return readFileSync(join(root, 'dist', 'completion', completionFileName(shell)), 'utf8');
}

/** The shell --install sets up when none is named: the user's login shell. */
function shellFromEnvironment(environment: RuntimeEnvironment): string {
  return (environment.env.SHELL ?? '').replace(/^.*\//, '');
}
