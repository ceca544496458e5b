/**
 * pcsh(1): the host command itself, its subcommands, the cmdlets (from the registry's module page
 * and cmdlet list), the environment it reads and its exit status.
 *
 * @module
 */
import type { Registry } from '../../registry/model.ts';
import { escapeRoff, textLine } from './roff.ts';
import { finishPage, manHeader, proseSection, type ManPageInfo } from './man-page.ts';

const USAGE: readonly [string, string][] = [
  ['pcsh <Cmdlet> [arguments]', 'Runs a cmdlet with PowerShell-style arguments; every cmdlet is also a command of its own name.'],
  ['pcsh completion bash|zsh|fish', 'Prints the tab-completion script for the shell.'],
  ['pcsh completion --install [bash|zsh|fish]', 'Puts the completion script where the shell loads it (the login shell when none is named).'],
  ['pcsh emulator start [--port N] [--data DIR]', 'Runs the Partner Center emulator on 127.0.0.1 until interrupted.'],
  ['pcsh registry build --help-dir DIR --out FILE [--keep-going]', 'Builds a cmdlet registry from a folder of platyPS help pages.'],
  ['pcsh trace-binding <Cmdlet> [arguments]', 'Shows how the arguments bind, as JSON; runs nothing.'],
  ['pcsh pwsh-module [--out DIR]', 'Writes the PowerShell module that forwards to pcsh.'],
  ['pcsh host --stdio', 'Serves cmdlet calls as JSON lines (used by the PowerShell module).'],
];

const ENVIRONMENT: readonly [string, string][] = [
  ['PCSH_CONFIG_DIR', 'Folder of the signed-in context, the token cache and the recent ids tab completion offers.'],
  ['PCSH_EMULATOR_DATA', 'State folder of the built-in emulator.'],
  ['PCSH_ENDPOINT', 'Partner Center endpoint, e.g. a standalone emulator.'],
  ['PCSH_AUTHORITY_HOST', 'Sign-in authority host.'],
  ['PCSH_ACCESS_TOKEN', 'Access token read by Connect-PartnerCenter -AccessToken -.'],
  ['PCSH_CLIENT_SECRET', 'Client secret for a service principal.'],
  ['PCSH_CERTIFICATE_PATH', 'PEM file with the private key and certificate for -CertificateThumbprint.'],
  ['PCSH_CONFIRM_PREFERENCE', 'The $ConfirmPreference: None, Low, Medium or High (default High).'],
  ['PCSH_FORMAT', 'Output format: json, list or table.'],
  ['NO_COLOR', 'Turns colours off.'],
];

const EXIT_STATUS: readonly [string, string][] = [
  ['0', 'Success, also with -WhatIf and a declined -Confirm.'],
  ['1', 'The cmdlet ran and failed, or wrote a non-terminating error.'],
  ['2', 'Bad input: binding, validation or usage error, unknown command; nothing was run or sent.'],
  ['3', 'The registry is stale or was edited by hand.'],
];

function tagged(entries: readonly [string, string][], bold: boolean): string[] {
  return entries.flatMap(([tag, text]) => ['.TP', bold ? `.B ${escapeRoff(tag)}` : textLine(escapeRoff(tag)), textLine(escapeRoff(text))]);
}

export function renderPcshManPage(registry: Registry, info: ManPageInfo): string {
  const cmdlets = registry.cmdlets.map((c): [string, string] => [c.name, c.synopsis]);
  const lines = [
    ...manHeader('pcsh', 'Partner Center cart cmdlets for any shell', info),
    '.SH SYNOPSIS',
    ...USAGE.flatMap(([usage]) => ['.br', textLine(escapeRoff(usage).replace(/^pcsh/, '\\fBpcsh\\fR'))]).slice(1),
    '.SH DESCRIPTION',
    ...(registry.module?.description ? proseSection(registry.module.description) : []),
    '.PP',
    textLine('Values are PowerShell literals, JSON, \\fB@\\fIfile\\fR or \\fB\\-\\fR for standard input. Each cmdlet has its own page.'),
    '.SH COMMANDS',
    ...tagged(USAGE, false),
    '.SH CMDLETS',
    ...tagged(cmdlets, true),
    '.SH ENVIRONMENT',
    ...tagged(ENVIRONMENT, true),
    '.SH EXIT STATUS',
    ...tagged(EXIT_STATUS, true),
    '.SH SEE ALSO',
    textLine(escapeRoff(registry.cmdlets.map((c) => `${c.name}(1)`).join(', '))),
  ];
  return finishPage(lines);
}
