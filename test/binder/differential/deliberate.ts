/**
 * The differences from PowerShell pcsh keeps on purpose (README "Where pcsh differs from
 * PowerShell, on purpose", each pinned by test/binder/on-purpose.test.ts): a disagreement one of
 * them explains is counted apart, never as agreement. Each test is narrow: it names the input and
 * both answers it expects.
 *
 * @module
 */
import type { CommandLine } from './command-lines.ts';
import type { PcshAnswer } from './compare.ts';
import type { PwshAnswer } from './pwsh-oracle.ts';

export interface DeliberateDifference {
  name: string;
  applies(line: CommandLine, pcsh: PcshAnswer, pwsh: PwshAnswer): boolean;
}

const argvHas = (line: CommandLine, pattern: RegExp): boolean => line.argv.some((a) => pattern.test(a));
const pcshMessage = (pcsh: PcshAnswer): string => ('errorId' in pcsh ? pcsh.message : '');
const pwshMessage = (pwsh: PwshAnswer): string => ('errorId' in pwsh ? pwsh.message : '');
const sameId = (pcsh: PcshAnswer, pwsh: PwshAnswer): boolean => 'errorId' in pcsh && 'errorId' in pwsh && pcsh.errorId === pwsh.errorId.split(',')[0];

/** pwsh's enum-member list (`a, b` or `a,b`, closed by a quote) with pcsh's newer members after `last`. */
function withMembers(message: string, last: string, newer: readonly string[]): string {
  return message.replace(new RegExp(`, ${last}(?=[".])`), `, ${[last, ...newer].join(', ')}`).replace(`,${last}"`, `,${[last, ...newer].join(',')}"`);
}

/** pwsh's PSCartLineItem conversion failures on what pcsh reads on purpose (newer fields and values, nested hashtables). */
const LINE_ITEM_EXTENSIONS = new RegExp([
  'Cannot create object of type "[^"]*PSCartLineItem"\\. (Cannot convert the "[^"]*" value of type "[^"]*" to type "System\\.Collections\\.Generic\\.IEnumerable',
  '"ProvisioningContext" is a ReadOnly property',
  "The property '(PromotionId|RenewsTo|CustomTermEndDate|AttestationAccepted)' was not found",
  'Cannot convert value "(Triennial|Biennial|[a-z]+_[a-z_]+)" to type "Microsoft\\.Store\\.PartnerCenter\\.Models\\.Offers\\.BillingCycleType"',
  'Cannot (create object of type|convert the "[^"]*" value of type "[^"]*" to type) "Microsoft\\.Store\\.PartnerCenter\\.Models\\.Carts\\.CartError")',
].join('|'));

const DELIBERATE: readonly DeliberateDifference[] = [
  {
    name: 'A bare True/False after a switch colon (-WhatIf:False) binds',
    applies: (line, _pcsh, pwsh) => (argvHas(line, /^-[^:]+:(true|false)$/i) || line.argv.some((a, i) => a.endsWith(':') && /^(true|false)$/i.test(line.argv[i + 1] ?? '')))
      && /Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter'/.test(pwshMessage(pwsh)),
  },
  {
    name: 'ParameterRequiresArgument adds a line for POSIX shells',
    applies: (_line, pcsh, pwsh) => sameId(pcsh, pwsh) && pcshMessage(pcsh).startsWith(`${pwshMessage(pwsh)}\nIf you typed`),
  },
  {
    name: 'Emulator is an EnvironmentName value',
    applies: (line, pcsh, pwsh) => (argvHas(line, /(^|:)emulator$/i) && 'parameterSet' in pcsh)
      || (sameId(pcsh, pwsh) && pcshMessage(pcsh) === withMembers(pwshMessage(pwsh), 'AzureUSGovernment', ['Emulator'])),
  },
  {
    name: 'Newer BillingCycle values (Triennial, Biennial)',
    applies: (_line, pcsh, pwsh) => sameId(pcsh, pwsh)
      && pcshMessage(pcsh) === withMembers(pwshMessage(pwsh), 'OneTime', ['Triennial', 'Biennial']),
  },
  {
    name: 'Break is refused without a debugger',
    applies: (_line, pcsh) => /The value Break enters the PowerShell debugger/.test(pcshMessage(pcsh)),
  },
  {
    name: 'A PSCredential parameter takes the user name from argv, never a secret',
    applies: (_line, _pcsh, pwsh) => /Cannot convert the value of type "[^"]+" to type "System.Management.Automation.PSCredential"/.test(pwshMessage(pwsh)),
  },
  {
    name: 'NamedParameterNotFound suggests the closest parameter name',
    applies: (_line, pcsh, pwsh) => sameId(pcsh, pwsh) && pcshMessage(pcsh).startsWith(`${pwshMessage(pwsh)}\nDid you mean -`),
  },
  {
    name: 'Line items: hashtables for Participants, AddonItems, Error and ProvisioningContext, newer fields and values, and the line-item rules',
    applies: (line, pcsh, pwsh) => argvHas(line, /@\{/) && (
      LINE_ITEM_EXTENSIONS.test(pwshMessage(pwsh))
      || ('parameterSet' in pwsh && 'errorId' in pcsh && pcsh.errorId === 'ParameterArgumentValidationError' && /LineItems?(\[\d+\])?[. ]/.test(pcsh.message))),
  },
  {
    name: 'A value that is a .NET type name gets advice',
    applies: (_line, pcsh) => /is the name of a \.NET type, not the object itself/.test(pcshMessage(pcsh)),
  },
  {
    name: 'Literals are read when their parameter binds, bare words inside them too',
    applies: (_line, pcsh, pwsh) => ('stage' in pwsh && pwsh.stage === 'parse' && /The value is not a valid literal: /.test(pcshMessage(pcsh)))
      || ('errorId' in pwsh && pwsh.errorId.startsWith('CommandNotFoundException') && 'parameterSet' in pcsh),
  },
];

export function deliberateDifference(line: CommandLine, pcsh: PcshAnswer, pwsh: PwshAnswer): string | undefined {
  return DELIBERATE.find((d) => d.applies(line, pcsh, pwsh))?.name;
}
