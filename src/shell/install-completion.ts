/**
 * `pcsh completion --install [bash|zsh|fish]`: writes the completion script where the shell
 * finds it by itself, in the user's own folders, one file per command name (bash-completion and
 * fish load completions by command name). A file of that name that pcsh did not write is left
 * alone and reported; no shell start-up file (~/.bashrc, ~/.zshrc) is ever edited. zsh has no such
 * folder by default, so for zsh the one line to add to ~/.zshrc is printed instead.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { ExitCode } from '../core/error-record.ts';
import { writeFileAtomic } from '../core/write-file-atomic.ts';
import { GENERATED_MARKER, type CompletionShell } from './completion-script.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface InstallRequest {
  shell: CompletionShell;
  /** The generated script (dist/completion/pcsh.<shell>). */
  script: string;
  /** pcsh and every cmdlet name. */
  commandNames: readonly string[];
  env: Env;
  /** One line for the user (stderr). */
  say(line: string): void;
}

function absolute(value: string | undefined): string | undefined {
  return value && value.startsWith('/') ? value : undefined;
}

/** The folder the shell loads completions from by itself, and each command's file name in it. */
function completionTarget(shell: CompletionShell, env: Env, home = env.HOME ?? homedir()): { dir: string; file: (name: string) => string } {
  const dataHome = absolute(env.XDG_DATA_HOME) ?? join(home, '.local', 'share');
  if (shell === 'bash') {
    const dir = join(absolute(env.BASH_COMPLETION_USER_DIR) ?? join(dataHome, 'bash-completion'), 'completions');
    return { dir, file: (name) => name };
  }
  if (shell === 'fish') return { dir: join(absolute(env.XDG_CONFIG_HOME) ?? join(home, '.config'), 'fish', 'completions'), file: (name) => `${name}.fish` };
  return { dir: join(dataHome, 'pcsh', 'zsh'), file: () => '_pcsh' };
}

export function installCompletion(request: InstallRequest): number {
  const { shell, script, say } = request;
  const target = completionTarget(shell, request.env);
  const names = shell === 'zsh' ? ['pcsh'] : request.commandNames;
  mkdirSync(target.dir, { recursive: true, mode: 0o755 });
  let skipped = 0;
  for (const name of names) {
    const path = join(target.dir, target.file(name));
    if (existsSync(path) && !GENERATED_MARKER.test(readFileSync(path, 'utf8'))) {
      say(`WARNING: ${path} was not written by pcsh; left as it is.`);
      skipped++;
      continue;
    }
    writeFileAtomic(path, script, { mode: 0o644 });
  }
  say(`pcsh completion for ${shell}: ${names.length - skipped} file(s) in ${target.dir}.`);
  if (shell === 'zsh') say(`Add this line to ~/.zshrc before compinit runs: fpath=(${target.dir} $fpath)`);
  else if (shell === 'bash') say('It loads in new bash sessions where the bash-completion package is installed.');
  else say('It loads in new fish sessions.');
  return skipped > 0 ? ExitCode.Failure : ExitCode.Success;
}
