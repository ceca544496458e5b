/**
 * `bindArguments`: argv → BindResult through the layers tokenize → group (names resolved) →
 * named/positional binding with conversion and validation → parameter set → mandatory check.
 * Pure apart from the injected io (for `@file` and `-`).
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import { bindCore } from './bind-core.ts';
import type { CoreResult } from './bind-core.ts';
import { splitBound } from './common-values.ts';
import { groupArguments } from './group-arguments.ts';
import { buildParameterTable } from './parameter-table.ts';
import { tokenize } from './tokenize.ts';
import { checkArgumentSizes } from './value-limits.ts';
import type { BindResult, BinderIo, SuppliedValues } from './types.ts';

/** The binding passes without the final split; trace-binding reads the entries directly. */
export function bindArgumentsCore(cmdlet: CmdletInfo, argv: readonly string[], io: BinderIo, supplied?: SuppliedValues): CoreResult {
  checkArgumentSizes(cmdlet.name, argv);
  const table = buildParameterTable(cmdlet);
  const grouped = groupArguments(cmdlet.name, table, tokenize([...argv]));
  return bindCore(cmdlet, table, grouped, io, supplied ? { supplied } : {});
}

export function bindArguments(cmdlet: CmdletInfo, argv: readonly string[], io: BinderIo, supplied?: SuppliedValues): BindResult {
  const core = bindArgumentsCore(cmdlet, argv, io, supplied);
  return { command: cmdlet.name, parameterSet: core.parameterSet, ...splitBound(core.entries) };
}
