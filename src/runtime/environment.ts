/**
 * Everything the runtime touches outside itself, passed in (no module-level state): the package
 * root, the streams, the process environment and terminal facts. Tests build one by hand.
 */
import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';

export interface RuntimeEnvironment {
  /** The package root: dist/registry.json and help/ are found from here. */
  root: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Read lazily: touching process.stdin costs several ms of start-up. */
  readonly stdin: Readable & { isTTY?: boolean };
  /** Whether stdin is a terminal, known without touching the stream (tty.isatty(0)). */
  stdinIsTTY?: boolean;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  /** pcsh's own version (package.json). */
  version: string;
}

/** Output width: the terminal's columns, else 80 (PowerShell's width when not a terminal). */
export function outputWidth(environment: RuntimeEnvironment): number {
  const columns = environment.stdout.isTTY ? environment.stdout.columns : undefined;
  return columns && columns > 20 ? columns : 80;
}

/** Colours are used on a terminal unless NO_COLOR is set to a non-empty value (https://no-color.org). */
export function useColour(stream: { isTTY?: boolean }, env: RuntimeEnvironment['env']): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Prompts need a terminal on both ends. */
export function isInteractive(environment: RuntimeEnvironment): boolean {
  return Boolean(environment.stderr.isTTY && (environment.stdinIsTTY ?? environment.stdin.isTTY));
}

/**
 * Whether stdin is a terminal, without touching process.stdin. node:tty pulls in node:net
 * (~7 ms of start-up), so it is loaded only when a decision needs it (a prompt, -Confirm).
 */
export function stdinIsTerminal(): boolean {
  const tty = createRequire(process.execPath)('node:tty') as typeof import('node:tty');
  return tty.isatty(0);
}
