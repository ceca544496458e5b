/**
 * The *Variable common parameters name variables pwsh writes when the command runs; naming a
 * constant (`-ErrorVariable true`, or `$true`, which binds as 'True') fails there, after binding,
 * with VariableNotWritable. pcsh reports it at the same point, before anything is sent.
 *
 * @module
 */
import { ExitCode, PcshError } from '../core/error-record.ts';

const VARIABLE_PARAMETERS = ['ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'PipelineVariable'];

/** PowerShell's constant automatic variables. */
const CONSTANTS = new Set(['true', 'false']);

export function checkVariablesWritable(command: string, entries: ReadonlyMap<string, { value: unknown }>): void {
  for (const name of VARIABLE_PARAMETERS) {
    const value = entries.get(name)?.value;
    if (typeof value !== 'string') continue;
    const variable = (value.startsWith('+') ? value.slice(1) : value).replace(/^(global|local|script|private|variable):/i, '');
    if (!CONSTANTS.has(variable.toLowerCase())) continue;
    // pwsh names the constant in lower case, except for -PipelineVariable, which keeps what was given.
    const shown = name === 'PipelineVariable' ? variable : variable.toLowerCase();
    throw new PcshError(`Cannot overwrite variable ${shown} because it is read-only or constant.`, {
      errorId: 'VariableNotWritable', category: 'InvalidOperation', commandName: command, exitCode: ExitCode.Usage, targetObject: variable,
    });
  }
}
