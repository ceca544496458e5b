/**
 * `pcsh trace-binding <Cmdlet> [args…]`: the binder's verdict as one line of JSON — exit 0 with
 * {"command","parameterSet","bound"} (canonical names, common parameters given included), or
 * exit 2 with {"errorId","message"}. Nothing runs.
 *
 * @module
 */
import { ExitCode, PcshError } from '../core/error-record.ts';
import type { CmdletInfo } from '../registry/model.ts';
import { bindArgumentsCore } from './bind-arguments.ts';
import { allBound } from './common-values.ts';
import type { BinderIo } from './types.ts';

export function commandNotFoundError(name: string): PcshError {
  return new PcshError(
    `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    { errorId: 'CommandNotFoundException', category: 'ObjectNotFound', exitCode: ExitCode.Usage, targetObject: name },
  );
}

export function traceBinding(cmdlet: CmdletInfo | undefined, name: string, argv: readonly string[], io: BinderIo): { exitCode: 0 | 2; json: string } {
  try {
    if (!cmdlet) throw commandNotFoundError(name);
    const core = bindArgumentsCore(cmdlet, argv, io);
    return { exitCode: 0, json: JSON.stringify({ command: cmdlet.name, parameterSet: core.parameterSet, bound: allBound(core.entries) }) };
  } catch (error) {
    if (!(error instanceof PcshError)) throw error;
    return { exitCode: 2, json: JSON.stringify({ errorId: error.errorId, message: error.message }) };
  }
}
