/**
 * dist/complete.js: `pcsh __complete` on its own, so a TAB loads only the completion code and the
 * registry reader instead of the whole CLI bundle. dist/bin/pcsh.js sends `__complete` here.
 *
 * @module
 */
import { runCompletionCommand } from './completion-command.ts';

export function completeMain(argv: string[], root: string): void {
  const environment = {
    root,
    cwd: process.cwd(),
    env: process.env,
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    version: '',
  };
  runCompletionCommand(argv, environment).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`pcsh: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
