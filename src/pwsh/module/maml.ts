/**
 * en-US/PartnerCenter-help.xml: MAML in the shape platyPS's New-ExternalHelp writes, so pwsh's
 * own Get-Help shows the registry's help for the generated functions.
 *
 * @module
 */
import type { CmdletInfo, Example, ParameterInfo, TypeDoc } from '../../registry/model.ts';
import { ALL_PARAMETER_SETS } from '../../registry/model.ts';
import type { XmlElement } from './xml.ts';
import { el, renderXml } from './xml.ts';

const NAMESPACES: [string, string][] = [
  ['xmlns:maml', 'http://schemas.microsoft.com/maml/2004/10'],
  ['xmlns:command', 'http://schemas.microsoft.com/maml/dev/command/2004/10'],
  ['xmlns:dev', 'http://schemas.microsoft.com/maml/dev/2004/10'],
  ['xmlns:MSHelp', 'http://msdn.microsoft.com/mshelp'],
];

/** The whole help file for the given cmdlets. */
export function renderMaml(cmdlets: readonly CmdletInfo[]): string {
  const root = el('helpItems', cmdlets.map(commandElement), [['schema', 'maml'], ['xmlns', 'http://msh']]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${renderXml(root)}\n`;
}

/** Paragraphs split on blank lines, as platyPS does; one empty para for empty text. */
function paras(text: string): XmlElement[] {
  const parts = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  return (parts.length === 0 ? [''] : parts).map((p) => el('maml:para', p));
}

function commandElement(cmdlet: CmdletInfo): XmlElement {
  return el('command:command', [
    el('command:details', [
      el('command:name', cmdlet.name),
      el('command:verb', cmdlet.verb),
      el('command:noun', cmdlet.noun),
      el('maml:description', paras(cmdlet.synopsis)),
    ]),
    el('maml:description', paras(cmdlet.description)),
    el('command:syntax', syntaxSets(cmdlet).map((set) => syntaxItem(cmdlet, set))),
    el('command:parameters', cmdlet.parameters.map((p) => parameterElement(p, null, true))),
    el('command:inputTypes', cmdlet.inputs.map((t) => typeElement('command:inputType', t))),
    el('command:returnValues', cmdlet.outputs.map((t) => typeElement('command:returnValue', t))),
    el('maml:alertSet', [el('maml:alert', paras(cmdlet.notes))]),
    el('command:examples', cmdlet.examples.map(exampleElement)),
    el('command:relatedLinks', relatedLinks(cmdlet)),
  ], NAMESPACES);
}

/** The named sets, or the one "(All)" set when the cmdlet has none. */
export function syntaxSets(cmdlet: CmdletInfo): string[] {
  return cmdlet.parameterSets.length > 0 ? cmdlet.parameterSets : [ALL_PARAMETER_SETS];
}

function inSet(parameter: ParameterInfo, set: string): boolean {
  return parameter.parameterSets.length === 0 || parameter.parameterSets.some((e) => e.name === set || e.name === ALL_PARAMETER_SETS);
}

function syntaxItem(cmdlet: CmdletInfo, set: string): XmlElement {
  const members = cmdlet.parameters.filter((p) => inSet(p, set));
  return el('command:syntaxItem', [el('maml:name', cmdlet.name), ...members.map((p) => parameterElement(p, set, false))]);
}

function isSwitch(parameter: ParameterInfo): boolean {
  return parameter.type.toLowerCase() === 'switchparameter';
}

function parameterElement(parameter: ParameterInfo, set: string | null, full: boolean): XmlElement {
  const entry = parameter.parameterSets.find((e) => e.name === set || e.name === ALL_PARAMETER_SETS) ?? parameter.parameterSets[0];
  const attributes: [string, string][] = [
    ['required', String(entry?.required ?? false)],
    ['variableLength', 'true'],
    ['globbing', String(parameter.acceptsWildcards)],
    ['pipelineInput', parameter.pipelineInput || 'False'],
    ['position', entry?.position === null || entry?.position === undefined ? 'named' : String(entry.position)],
    ['aliases', parameter.aliases.length > 0 ? parameter.aliases.join(', ') : 'none'],
  ];
  const children: XmlElement[] = [el('maml:name', parameter.name), el('maml:description', paras(parameter.description))];
  if (parameter.acceptedValues.length > 0) {
    children.push(el('command:parameterValueGroup', parameter.acceptedValues.map((v) =>
      el('command:parameterValue', v, [['required', 'false'], ['command:variableLength', 'false']]))));
  }
  if (!isSwitch(parameter) && (full || parameter.acceptedValues.length === 0)) {
    children.push(el('command:parameterValue', parameter.type, [['required', 'true'], ['variableLength', 'false']]));
  }
  children.push(el('dev:type', [el('maml:name', parameter.type), el('maml:uri')]));
  children.push(el('dev:defaultValue', parameter.defaultValue ?? (isSwitch(parameter) ? 'False' : 'None')));
  return el('command:parameter', children, attributes);
}

function typeElement(name: string, type: TypeDoc): XmlElement {
  return el(name, [el('dev:type', [el('maml:name', type.type)]), el('maml:description', paras(type.description))]);
}

/** platyPS centres an example title between dashes. */
function exampleTitle(title: string): string {
  const dashes = '-'.repeat(Math.max(0, Math.floor((64 - title.length - 2) / 2)));
  return dashes === '' ? title : `${dashes} ${title} ${dashes}`;
}

function exampleElement(example: Example): XmlElement {
  return el('command:example', [
    el('maml:title', exampleTitle(example.title)),
    el('dev:code', example.code.map((c) => c.text.replace(/\r\n?/g, '\n').trimEnd()).join('\n\n')),
    el('dev:remarks', paras(example.remarks)),
  ]);
}

const HTTP_URI = /^https?:\/\/\S+$/i;

/**
 * Related links keep only absolute http(s) addresses: pwsh's Get-Help -Online opens the first link with a uri,
 * and a page-relative one (`X.md`) would fail as "not valid" where pcsh's Get-Help says no address is given.
 */
function relatedLinks(cmdlet: CmdletInfo): XmlElement[] {
  const links = cmdlet.onlineVersion ? [{ text: 'Online Version:', uri: cmdlet.onlineVersion }] : [];
  return [...links, ...cmdlet.relatedLinks].map((link) => {
    const uri = link.uri?.trim() ?? '';
    return el('maml:navigationLink', [el('maml:linkText', link.text), el('maml:uri', HTTP_URI.test(uri) ? uri : '')]);
  });
}

/** The module's help file name, as the .EXTERNALHELP keyword names it. */
export function helpFileName(moduleName: string): string {
  return `${moduleName}-help.xml`;
}
