/**
 * Build-time checks of a cmdlet definition, so the run-time path can trust the registry:
 * duplicate names and aliases, clashes with common parameters, positions in each set,
 * switches with positions, and ShouldProcess parameters that come alone.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../model.ts';
import { effectiveSets, entryFor } from '../parameter-sets.ts';
import type { Document } from './document.ts';
import type { ReadParameter } from './read-parameters.ts';

const SECTION = 'PARAMETERS';

/** Common parameters and their aliases (WhatIf/Confirm are declared by the page itself). */
const COMMON = new Map<string, string>([
  ['debug', 'Debug'], ['db', 'Debug'], ['erroraction', 'ErrorAction'], ['ea', 'ErrorAction'],
  ['errorvariable', 'ErrorVariable'], ['ev', 'ErrorVariable'], ['informationaction', 'InformationAction'],
  ['infa', 'InformationAction'], ['informationvariable', 'InformationVariable'], ['iv', 'InformationVariable'],
  ['outvariable', 'OutVariable'], ['ov', 'OutVariable'], ['outbuffer', 'OutBuffer'], ['ob', 'OutBuffer'],
  ['pipelinevariable', 'PipelineVariable'], ['pv', 'PipelineVariable'], ['progressaction', 'ProgressAction'],
  ['proga', 'ProgressAction'], ['verbose', 'Verbose'], ['vb', 'Verbose'], ['warningaction', 'WarningAction'],
  ['wa', 'WarningAction'], ['warningvariable', 'WarningVariable'], ['wv', 'WarningVariable'],
]);

export function checkDefinition(doc: Document, parameters: readonly ReadParameter[], parameterSets: readonly string[]): void {
  checkNames(doc, parameters);
  for (const parameter of parameters) checkOwnSets(doc, parameter);
  for (const set of effectiveSets({ parameterSets: [...parameterSets] })) checkPositions(doc, parameters, set);
  checkShouldProcess(doc, parameters);
}

function checkNames(doc: Document, parameters: readonly ReadParameter[]): void {
  /** Lower-cased name or alias → what uses it, e.g. "-Tenant" or "alias Domain of -Tenant". */
  const owners = new Map<string, string>();
  for (const { info, line } of parameters) {
    const key = info.name.toLowerCase();
    if (owners.has(key)) doc.reporter.report(line, SECTION, 'duplicate-parameter', `-${info.name} is declared more than once.`);
    else if (COMMON.has(key)) doc.reporter.report(line, SECTION, 'common-parameter-clash', `-${info.name} has the name of the common parameter -${COMMON.get(key)}.`);
    owners.set(key, `-${info.name}`);
  }
  for (const { info, line } of parameters) {
    for (const alias of info.aliases) {
      const key = alias.toLowerCase();
      const owner = owners.get(key);
      if (owner !== undefined) doc.reporter.report(line, SECTION, 'duplicate-alias', `-${info.name}: alias "${alias}" is already used by ${owner}.`);
      else if (COMMON.has(key)) doc.reporter.report(line, SECTION, 'common-parameter-clash', `-${info.name}: alias "${alias}" belongs to the common parameter -${COMMON.get(key)}.`);
      owners.set(key, `alias ${alias} of -${info.name}`);
    }
  }
}

function checkOwnSets(doc: Document, { info, line, entryLines }: ReadParameter): void {
  const seen = new Set<string>();
  info.parameterSets.forEach((entry, index) => {
    const key = entry.name.toLowerCase();
    const where = entryLines[index] ?? line;
    const shown = entry.name === ALL_PARAMETER_SETS ? '(All)' : entry.name;
    if (seen.has(key)) doc.reporter.report(where, SECTION, 'duplicate-parameter-set-entry', `-${info.name} names parameter set "${shown}" more than once.`);
    seen.add(key);
    if (entry.position !== null && /^(System\.Management\.Automation\.)?SwitchParameter$/i.test(info.type)) {
      doc.reporter.report(where, SECTION, 'positional-switch', `-${info.name} is a switch and cannot have a position (${entry.position}).`);
    }
  });
}

function checkPositions(doc: Document, parameters: readonly ReadParameter[], set: string): void {
  const shown = set === ALL_PARAMETER_SETS ? '(All)' : set;
  const positional = parameters
    .flatMap((parameter) => {
      const entry = entryFor(parameter.info, set);
      return entry && entry.position !== null ? [{ parameter, position: entry.position, required: entry.required }] : [];
    })
    .sort((a, b) => a.position - b.position);
  positional.forEach((current, index) => {
    const previous = positional[index - 1];
    if (!previous) return;
    if (previous.position === current.position) {
      doc.reporter.report(current.parameter.line, SECTION, 'position-clash', `-${current.parameter.info.name} and -${previous.parameter.info.name} both have position ${current.position} in parameter set "${shown}".`);
    } else if (current.required && !previous.required) {
      doc.reporter.report(current.parameter.line, SECTION, 'mandatory-after-optional-position', `-${current.parameter.info.name} is mandatory at position ${current.position} but optional -${previous.parameter.info.name} comes first (position ${previous.position}) in parameter set "${shown}".`);
    }
  });
}

function checkShouldProcess(doc: Document, parameters: readonly ReadParameter[]): void {
  const whatIf = parameters.find((p) => p.info.name.toLowerCase() === 'whatif');
  const confirm = parameters.find((p) => p.info.name.toLowerCase() === 'confirm');
  const alone = whatIf && !confirm ? whatIf : confirm && !whatIf ? confirm : undefined;
  if (alone) doc.reporter.report(alone.line, SECTION, 'incomplete-should-process', `-${alone.info.name} is declared without -${alone === whatIf ? 'Confirm' : 'WhatIf'}; ShouldProcess needs both.`);
}
