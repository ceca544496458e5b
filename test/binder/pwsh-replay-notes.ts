/**
 * Why a conformance case cannot agree with the PowerShell engine (pwsh-replay.ts). Each note is a
 * narrow rule over the case and the engine's answer, applied only to cases that differ; a
 * difference no note explains fails test/binder/pwsh-replay.test.ts.
 *
 * @module
 */
import type { ConformanceCase } from './conformance-cases.ts';
import { sameBound, type EngineAnswer } from './pwsh-replay.ts';

export interface ReplayNote {
  why: string;
  applies: (c: ConformanceCase, answer: EngineAnswer) => boolean;
}

const expectedMessage = (c: ConformanceCase) => ('message' in c.expect ? c.expect.message : '');
const answerMessage = (a: EngineAnswer) => ('message' in a ? a.message : '');
const answerId = (a: EngineAnswer) => ('errorId' in a ? a.errorId : '');
const has = (c: ConformanceCase, test: RegExp) => c.argv.some((t) => test.test(t));
const LINE_ITEM_COMMANDS = new Set(['New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem']);

export const replayNotes: ReplayNote[] = [
  {
    why: 'pcsh adds a did-you-mean line to NamedParameterNotFound (issue #3 asks for it); the first line is PowerShell\'s text, unchanged.',
    applies: (c, a) => expectedMessage(c).includes('\nDid you mean -') && answerMessage(a) === expectedMessage(c).split('\n')[0],
  },
  {
    why: 'Switch values as text (True/False/true/false): what pwsh itself passes to a native program for -WhatIf:$false, and what bash users write; pcsh accepts them by design (issue #3). Typed in pwsh they are strings, which a switch refuses.',
    applies: (c, a) => answerId(a).startsWith('CannotConvertArgument,') && answerMessage(a).includes("'System.Management.Automation.SwitchParameter'")
      && (has(c, /^-\w+:(true|false)$/i) || c.argv.some((t, i) => /^-\w+:$/.test(t) && /^(true|false)$/i.test(c.argv[i + 1] ?? ''))),
  },
  {
    why: 'PSCredential: PowerShell turns a string into a credential by prompting for the password (the engine here has no interactive host, so the transformation fails) and refuses a hashtable; pcsh takes the string as the user name, the secret from PCSH_CLIENT_SECRET or a hidden prompt, and explains how to pass a real credential.',
    applies: (c, a) => has(c, /^-Credential$/) && /^ParameterArgumentTransformationError,/.test(answerId(a)) && answerMessage(a).includes("parameter 'Credential'"),
  },
  {
    why: "A value the parameter's type cannot take: an advanced function converts it in its type-converter attribute, so the engine reports ParameterArgumentTransformationError ('Cannot process argument transformation on parameter …'); the table follows the original compiled cmdlet, which reports the same conversion text as CannotConvertArgumentNoMessage ('Cannot bind parameter …').",
    applies: (c, a) => 'errorId' in c.expect && c.expect.errorId === 'CannotConvertArgumentNoMessage' && answerId(a).startsWith('ParameterArgumentTransformationError,')
      && expectedMessage(c).replace(/^Cannot bind parameter '(\w+)'\. /, "Cannot process argument transformation on parameter '$1'. ") === answerMessage(a),
  },
  {
    why: 'A .NET type name as a value only reaches pcsh from a native shell (pwsh passes an object to a native program as its type name); pcsh says how to pass the object instead, PowerShell — given the text — reports the failed conversion or validation.',
    applies: (c) => expectedMessage(c).includes('is the name of a .NET type, not the object itself'),
  },
  {
    why: 'PowerShell evaluates a bare word inside @{…} as a command (A:1:2 is none); pcsh reads it as a string, which is what a bash user means.',
    applies: (_c, a) => answerId(a) === 'CommandNotFoundException',
  },
  {
    why: 'Not parseable: in pwsh the whole command line fails to parse (same parser message); pcsh receives the word from bash and reports a transformation error carrying the parser\'s message.',
    applies: (c, a) => 'stage' in a && a.stage === 'parse' && expectedMessage(c).includes(a.message),
  },
  {
    why: "PowerShell's tokenizer reads `--` after `-Tenant:` as the decrement operator and refuses to parse the line; bash hands pcsh the single word `-Tenant:--`, bound as the text '--'.",
    applies: (c, a) => 'stage' in a && a.stage === 'parse' && has(c, /^-\w+:--$/),
  },
  {
    why: 'Line items: pcsh converts them itself and validates them with the JSON Schema (issue #3: positive integer Quantity, BillingCycle and Participants enums with the wire spellings such as one_time, ISO 8601 TermDuration, required properties, one item for -LineItem, unknown properties named with the known ones, a hint for a bare string). The engine converts a hashtable by setting the generated PSCartLineItem\'s properties (nested AddonItems and Participants through their lists\' op_Implicit): no validation, and its own texts.',
    applies: (c, a) => LINE_ITEM_COMMANDS.has(c.cmdlet) && (has(c, /^@\{/) || has(c, /^DG7GMGF0DWTL:0001:DG7GMGF0DSJB$/))
      && ('parameterSet' in a || (/^ParameterArgumentTransformationError,/.test(answerId(a)) && /parameter 'LineItems?'/.test(answerMessage(a))))
      && (!('errorId' in c.expect) || /parameter 'LineItems?'/.test(c.expect.message)),
  },
  {
    why: "An advanced function's [string] parameter refuses an array in its type-converter attribute (ParameterArgumentTransformationError); the table follows a compiled cmdlet, which the engine shows refusing it as CannotConvertArgument (checked with the engine's own Get-Help -Name a,b).",
    applies: (c, a) => answerMessage(a).endsWith('Cannot convert value to type System.String.') && 'errorId' in c.expect && c.expect.errorId === 'CannotConvertArgument',
  },
  {
    why: "$null to a mandatory [string] parameter: the advanced function's type converter makes it '' before validation (ValidateNotNull passes, then the empty-string check fails); the table keeps the compiled cmdlet's null check. Not verified against a compiled cmdlet with a mandatory [ValidateNotNull()] [string] parameter — none is in the engine package.",
    applies: (c, a) => has(c, /^\$null$/) && answerId(a).startsWith('ParameterArgumentValidationErrorEmptyStringNotAllowed,'),
  },
  {
    why: 'pwsh binds -WarningAction Break (it enters the debugger when a warning is written); pcsh has no debugger and refuses Break at binding time, saying so.',
    applies: (c, a) => has(c, /^Break$/) && 'parameterSet' in a,
  },
  {
    why: "PowerShell 7's Get-Help declares -Parameter as String[]; pcsh's Get-Help (help/Get-Help.md) takes one parameter name. Left as is (see the report's last section).",
    applies: (c) => c.cmdlet === 'Get-Help' && has(c, /^-Parameter$/),
  },
  {
    why: "PowerShell's Get-Command has two parameter sets (CmdletSet, the default, with -Verb/-Noun; AllCommandSet with -Name); pcsh's Get-Command declares none, so it reports __AllParameterSets. The bound values agree.",
    applies: (c, a) => c.cmdlet === 'Get-Command' && 'parameterSet' in a && (a.parameterSet === 'CmdletSet' || a.parameterSet === 'AllCommandSet')
      && 'bound' in c.expect && sameBound(c.expect.bound, a.bound),
  },
];
