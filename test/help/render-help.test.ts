import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PcshError } from '../../src/core/error-record.ts';
import { helpNotFound, onlineUri, onlineUriMissing, renderHelp, renderHelpOverview } from '../../src/help/index.ts';
import { padExampleTitle } from '../../src/help/examples.ts';
import { cmdlet, parameter } from './fixtures.ts';
import { loadCmdlet } from './load-pages.ts';
import { realRegistry as loadRegistry } from '../fixtures/real-registry.ts';

const headings = (text: string) => text.split('\n').filter((l) => /^[A-Z][A-Z ]+$/.test(l));

const views: [string, Parameters<typeof renderHelp>[1], string[]][] = [
  ['default', { kind: 'default' }, ['NAME', 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'RELATED LINKS', 'REMARKS']],
  ['detailed', { kind: 'detailed' }, ['NAME', 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'PARAMETERS', 'REMARKS']],
  ['full', { kind: 'full' }, ['NAME', 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS']],
  ['examples', { kind: 'examples' }, ['NAME', 'SYNOPSIS']],
];
for (const [label, view, expected] of views) {
  test(`section order of the ${label} view`, () => {
    assert.equal(headings(renderHelp(loadCmdlet('Submit-PartnerCustomerCart'), view, { width: 80 })), expected);
  });
}

test('-Parameter with no match: NoParmsFound, PowerShell text, exit code 1', () => {
  try {
    renderHelp(loadCmdlet('New-PartnerCustomerCart'), { kind: 'parameter', name: 'Nope*' }, { width: 80 });
    assert.unreachable('should throw');
  } catch (error) {
    assert.instance(error, PcshError);
    const e = error as PcshError;
    assert.is(e.errorId, 'NoParmsFound');
    assert.is(e.message, 'No parameter matches criteria Nope*.');
    assert.is(e.exitCode, 1);
  }
});

const parameterMatches: [string, string[]][] = [
  ['CustomerId', ['-CustomerId <String>']],
  ['customerid', ['-CustomerId <String>']],
  ['C*', ['-CustomerId <String>', '-Confirm [<SwitchParameter>]']],
  ['*Items', ['-LineItems <PSCartLineItem[]>']],
  ['*', ['-CustomerId <String>', '-LineItems <PSCartLineItem[]>', '-PartnerOnRecordAttestationAccepted [<SwitchParameter>]', '-Confirm [<SwitchParameter>]', '-WhatIf [<SwitchParameter>]']],
];
for (const [pattern, expected] of parameterMatches) {
  test(`-Parameter ${pattern}`, () => {
    const text = renderHelp(loadCmdlet('New-PartnerCustomerCart'), { kind: 'parameter', name: pattern }, { width: 80 });
    assert.equal(text.split('\n').filter((l) => l.startsWith('-')), expected);
  });
}

test('commonParameters: false drops [<CommonParameters>] and its entry', () => {
  const c = cmdlet('Get-Thing', [parameter('Id', 'String')]);
  const text = renderHelp(c, { kind: 'detailed' }, { width: 80, commonParameters: false });
  assert.not.match(text, 'CommonParameters');
  assert.match(renderHelp(c, { kind: 'detailed' }, { width: 80 }), '    <CommonParameters>\n');
});

test('REMARKS names -Online only when the help has a link', () => {
  const without = renderHelp(cmdlet('Get-Thing', []), { kind: 'default' }, { width: 80 });
  assert.not.match(without, '-Online');
  const withLink = renderHelp(cmdlet('Get-Thing', [], { onlineVersion: 'https://example.test/x' }), { kind: 'default' }, { width: 80 });
  assert.match(withLink, '    Online Version: https://example.test/x\n');
  assert.match(withLink, '    For online help, type: "Get-Help Get-Thing -Online"\n');
});

test('related links show the URI only when it is absolute', () => {
  const c = cmdlet('Get-Thing', [], { relatedLinks: [{ text: 'Other', uri: 'Other.md' }, { text: 'Site', uri: 'https://example.test' }] });
  assert.match(renderHelp(c, { kind: 'default' }, { width: 80 }), 'RELATED LINKS\n    Other\n    Site https://example.test\n');
});

const titles: [string, string][] = [
  ['Example 1', `${'-'.repeat(26)} Example 1 ${'-'.repeat(26)}`],
  ['Example 2: Run it', `${'-'.repeat(22)} Example 2: Run it ${'-'.repeat(22)}`],
  ['Example 3: a title of exactly sixty-two characters, no dashes!', 'Example 3: a title of exactly sixty-two characters, no dashes!'],
  ['', ''],
];
for (const [title, expected] of titles) {
  test(`example title '${title}'`, () => assert.is(padExampleTitle(title), expected));
}

test('Get-Help could not find: PowerShell text, HelpNotFound, exit code 1', () => {
  const e = helpNotFound('Get-Nope');
  assert.is(e.errorId, 'HelpNotFound');
  assert.is(e.exitCode, 1);
  assert.is(
    e.message,
    'Get-Help could not find Get-Nope in a help file in this session. To download updated help topics type: "Update-Help". ' +
      'To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.',
  );
});

test('Get-Help -Online without an address: pwsh 7\'s InvalidOperation text, exit code 1', () => {
  const e = onlineUriMissing('Get-Thing');
  assert.is(e.errorId, 'InvalidOperation');
  assert.is(e.category, 'InvalidOperation');
  assert.is(e.exitCode, 1);
  assert.match(e.message, /^The online version of this Help topic cannot be displayed because the Internet address \(URI\)/);
});

test('onlineUri: the online version, else the first http link, else null', () => {
  assert.is(onlineUri(cmdlet('Get-Thing', [], { onlineVersion: 'https://example.test/get-thing' })), 'https://example.test/get-thing');
  assert.is(onlineUri(loadCmdlet('Get-PartnerCustomerCart')), null, 'our pages name no address: related links are relative');
  assert.is(onlineUri(cmdlet('Get-Thing', [], { relatedLinks: [{ text: 'x', uri: 'x.md' }, { text: 'y', uri: 'http://y.test/a' }] })), 'http://y.test/a');
  assert.is(onlineUri(cmdlet('Get-Thing', [])), null);
});

test('Get-Help without a name shows the help of Get-Help', () => {
  const registry = loadRegistry();
  assert.match(renderHelpOverview(registry, { width: 80 }), '\nNAME\n    Get-Help\n');
});

test('every page renders in every view within the width', () => {
  for (const c of loadRegistry().cmdlets) {
    for (const kind of ['default', 'detailed', 'full', 'examples'] as const) {
      for (const width of [40, 80, 200]) {
        const text = renderHelp(c, { kind }, { width });
        for (const line of text.split('\n')) assert.ok(line.length < width, `${c.name} ${kind} ${width}: ${line}`);
      }
    }
  }
});

test.run();
