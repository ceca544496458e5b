/**
 * The parameter binder: argv (or structured values) → bound parameters, with PowerShell's
 * rules and error texts. See bind-arguments.ts for the layers.
 *
 * @module
 */
export type { ActionPreference, BindResult, BinderIo, CommonParameterValues, SuppliedValues } from './types.ts';
export { bindArguments } from './bind-arguments.ts';
export { bindValues } from './bind-values.ts';
export { promptForMissing, promptCaption } from './prompt-missing.ts';
export { traceBinding, commandNotFoundError } from './trace-binding.ts';
export { COMMON_PARAMETERS, buildParameterTable, dotNetTypeName } from './parameter-table.ts';
export { matchParameterName } from './resolve-name.ts';
