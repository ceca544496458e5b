/**
 * `pcsh trace-binding <Cmdlet> [args…]`: the binder's verdict as JSON, like Trace-Command
 * ParameterBinding — exit 0 with {command, parameterSet, bound}, or exit 2 with {errorId, message}.
 * Nothing runs.
 */
import { readBoundedSync } from '../core/bounded-read.ts';
import { MAX_VALUE_BYTES } from '../binder/value-limits.ts';
import { resolve } from 'node:path';
import type { RuntimeEnvironment } from './environment.ts';
import { loadRuntimeRegistry } from './registry-access.ts';
import { findIn } from '../registry/access.ts';
import { traceBinding } from '../binder/index.ts';

export function runTraceBinding(argv: string[], environment: RuntimeEnvironment): number {
  const [name = '', ...rest] = argv;
  if (name === '') {
    environment.stderr.write('Usage: pcsh trace-binding <Cmdlet> [PowerShell-style arguments…] (see: pcsh Get-Command)\n');
    return 2;
  }
  const registry = loadRuntimeRegistry(environment.root);
  const io = {
    cwd: environment.cwd,
    readFile: (path: string) => readBoundedSync(resolve(environment.cwd, path), MAX_VALUE_BYTES, 'the file'),
    readStdin: () => readBoundedSync(0, MAX_VALUE_BYTES, 'standard input'),
  };
  const { exitCode, json } = traceBinding(findIn(registry, name), name, rest, io);
  environment.stdout.write(`${json}\n`);
  return exitCode;
}
