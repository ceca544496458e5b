/**
 * `bindValues`: structured input (JSON values by parameter name) from the pwsh module or the
 * persistent host → BindResult, with the same set choice, conversion and validation as argv.
 * Names must be exact (a name or an alias, case-insensitive): no prefixes, no positions.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import { ambiguousParameterSet } from './binding-errors.ts';
import { bindCore } from './bind-core.ts';
import { splitBound } from './common-values.ts';
import type { NamedArgument } from './group-arguments.ts';
import { buildParameterTable } from './parameter-table.ts';
import { allParameterSets } from './parameter-sets.ts';
import { matchParameterName } from './resolve-name.ts';
import type { BindResult, BinderIo } from './types.ts';

const NO_IO: BinderIo = {
  cwd: '.',
  readFile: () => {
    throw new Error('Files are not read for structured input.');
  },
  readStdin: () => {
    throw new Error('Standard input is not read for structured input.');
  },
};

export function bindValues(cmdlet: CmdletInfo, values: Record<string, unknown>, options: { parameterSet?: string } = {}): BindResult {
  const table = buildParameterTable(cmdlet);
  const named: NamedArgument[] = [];
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (value === undefined) continue;
    const match = matchParameterName(table, key, true);
    const def = match.kind === 'found' ? match.def : undefined;
    named.push({ def, typed: key, raw: { kind: 'data', value }, at: named.length });
  }
  const set = options.parameterSet;
  if (set !== undefined && !allParameterSets(cmdlet).some((s) => s === set)) throw ambiguousParameterSet(cmdlet.name, allParameterSets(cmdlet));
  const core = bindCore(cmdlet, table, { named, positional: [] }, NO_IO, set !== undefined ? { parameterSet: set } : {});
  return { command: cmdlet.name, parameterSet: core.parameterSet, ...splitBound(core.entries) };
}
