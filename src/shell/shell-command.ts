/**
 * `pcsh __complete -- WORD…` (what the completion scripts call: one candidate per line) and
 * `pcsh completion bash|zsh|fish|--install [SHELL]`. Kept light: no yargs, msal, node-fetch or
 * ajv; the registry file and the recent-ids file are the only things read.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuntimeEnvironment } from '../runtime/environment.ts';
import { ExitCode, PcshError } from '../runtime/error-record.ts';
import { loadRuntimeRegistry } from '../runtime/registry-access.ts';
import { resolveConfigDir } from '../auth/config-dir.ts';
import { complete } from './complete.ts';
import { readRecentIds } from './recent-ids.ts';
import { COMPLETION_SHELL_NAMES, completionFileName, type CompletionShell } from './completion-script.ts';

export async function runShellCommand(argv: string[], environment: RuntimeEnvironment): Promise<number> {
  if (argv[0] === '__complete') return runComplete(argv.slice(argv[1] === '--' ? 2 : 1), environment);
  const [option, shellName, ...extra] = argv.slice(1);
  if (option === '--install' && extra.length === 0) {
    const { installCompletion } = await import('./install-completion.ts');
    return installCompletion(shellName ?? shellFromEnvironment(environment), environment);
  }
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

/** Folder entries, folders with a trailing '/'; an unreadable folder has none. */
function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  } catch {
    return [];
  }
}

export function isShell(name: string | undefined): name is CompletionShell {
  return COMPLETION_SHELL_NAMES.includes(name as CompletionShell);
}

export function readCompletionScript(root: string, shell: CompletionShell): string {
  return readFileSync(join(root, 'dist', 'completion', completionFileName(shell)), 'utf8');
}

/** The shell --install sets up when none is named: the user's login shell. */
function shellFromEnvironment(environment: RuntimeEnvironment): string {
  return (environment.env.SHELL ?? '').replace(/^.*\//, '');
}

export function completionUsage(given: string | undefined): PcshError {
  const what = given === undefined ? 'No shell was named' : `'${given}' is not a shell pcsh completes`;
  return new PcshError(`${what}. Use: pcsh completion bash|zsh|fish, or pcsh completion --install [bash|zsh|fish].`, {
    errorId: 'CompletionShellNotSupported',
    category: 'InvalidArgument',
    targetObject: given ?? null,
    exitCode: ExitCode.Usage,
  });
}
