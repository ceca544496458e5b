/**
 * The completion scripts for bash, zsh and fish: the templates beside this file
 * (templates/pcsh.{bash,zsh,fish}) with the command names of the registry filled in. The build
 * writes them to dist/completion/ (scripts/build/generate-shell-files.ts); `pcsh completion SHELL`
 * prints them. The scripts only call `pcsh __complete`, so the three shells complete alike.
 *
 * @module
 */
import type { Registry } from '../registry/model.ts';
import { ExitCode, PcshError } from '../core/error-record.ts';

export type CompletionShell = 'bash' | 'zsh' | 'fish';
export const COMPLETION_SHELL_NAMES: readonly CompletionShell[] = ['bash', 'zsh', 'fish'];

/** The first line every generated script starts with: --install only replaces files that have it. */
export const GENERATED_MARKER = /^(#compdef [^\n]*\n)?# pcsh tab completion for /;

/** `pcsh` and every cmdlet-named command, as the scripts register them. */
export function completedCommands(registry: Registry): string[] {
  return ['pcsh', ...registry.cmdlets.map((cmdlet) => cmdlet.name)];
}

export function fillCompletionTemplate(template: string, registry: Registry): string {
  const names = completedCommands(registry);
  for (const name of names) {
    if (!/^[A-Za-z][A-Za-z-]*$/.test(name)) throw new Error(`Refusing to write completion for the command name '${name}'.`);
  }
  return template.replaceAll('__PCSH_COMMANDS__', names.join(' '));
}

/** The file dist/completion/ holds for each shell. */
export function completionFileName(shell: CompletionShell): string {
  return `pcsh.${shell}`;
}

export function isShell(name: string | undefined): name is CompletionShell {
  return COMPLETION_SHELL_NAMES.includes(name as CompletionShell);
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
