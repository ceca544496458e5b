/**
 * The errors of Get-Help and Get-Command, with PowerShell's own texts and error ids.
 *
 * @module
 */
import { ExitCode, PcshError } from '../core/error-record.ts';

/** Get-Help for a name no help file covers (HelpErrors.resx, HelpNotFound). */
export function helpNotFound(name: string): PcshError {
  const message =
    `Get-Help could not find ${name} in a help file in this session. To download updated help topics type: "Update-Help". ` +
    'To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.';
  return new PcshError(message, {
    errorId: 'HelpNotFound',
    category: 'ResourceUnavailable',
    targetObject: name,
    exitCode: ExitCode.Failure,
    commandName: 'Get-Help',
  });
}

/** Get-Help -Online for a command whose help names no address (HelpErrors.resx, InvalidOperation as pwsh 7 reports it). */
export function onlineUriMissing(name: string): PcshError {
  const message =
    'The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic ' +
    'is not specified in the command code or in the help file for the command.';
  return new PcshError(message, {
    errorId: 'InvalidOperation',
    category: 'InvalidOperation',
    targetObject: name,
    exitCode: ExitCode.Failure,
    commandName: 'Get-Help',
  });
}

/** Get-Help -Parameter with a pattern no parameter name matches (HelpErrors.resx, NoParmsFound). */
export function noParameterFound(criteria: string): PcshError {
  return new PcshError(`No parameter matches criteria ${criteria}.`, {
    errorId: 'NoParmsFound',
    category: 'ObjectNotFound',
    targetObject: criteria,
    exitCode: ExitCode.Failure,
    commandName: 'Get-Help',
  });
}

/** Get-Command with a name (no wildcards) that is no command. */
export function commandNotFound(name: string): PcshError {
  const message =
    `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\n` +
    'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.';
  return new PcshError(message, {
    errorId: 'CommandNotFoundException',
    category: 'ObjectNotFound',
    targetObject: name,
    exitCode: ExitCode.Failure,
    commandName: 'Get-Command',
  });
}
