/**
 * The cmdlet's parameter sets: the named SYNTAX blocks in document order, or (single unnamed
 * block) the sets the parameters name. A YAML block naming a set SYNTAX does not declare is
 * reported; set names are spelled as SYNTAX spells them.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../model.ts';
import type { Document } from './document.ts';
import type { ReadParameter } from './read-parameters.ts';
import type { ReadSyntax } from './read-syntax.ts';

export interface DerivedSets {
  parameterSets: string[];
  defaultParameterSet: string;
}

export function deriveParameterSets(doc: Document, syntax: readonly ReadSyntax[], parameters: readonly ReadParameter[]): DerivedSets {
  const named = distinct(syntax.flatMap(({ block }) => (block.setName ? [block.setName] : [])));
  const parameterSets = named.length > 0 ? named : distinct(yamlSetNames(parameters));
  if (named.length > 0) checkDeclared(doc, named, parameters);
  else if (parameterSets.length > 1) {
    const line = syntax[0]?.line ?? parameters[0]?.line ?? 1;
    doc.reporter.report(line, 'SYNTAX', 'unnamed-syntax-with-sets', `Parameters name several sets (${parameterSets.join(', ')}) but SYNTAX has no "### SetName" headings.`);
  }
  const marked = syntax.find(({ block }) => block.isDefault)?.block.setName;
  const defaultParameterSet = marked ?? (parameterSets.length === 1 ? (parameterSets[0] ?? ALL_PARAMETER_SETS) : ALL_PARAMETER_SETS);
  return { parameterSets, defaultParameterSet };
}

function yamlSetNames(parameters: readonly ReadParameter[]): string[] {
  return parameters.flatMap((p) => p.info.parameterSets.map((entry) => entry.name)).filter((name) => name !== ALL_PARAMETER_SETS);
}

/** Unique names (case-insensitive), first spelling kept, in order. */
function distinct(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

function checkDeclared(doc: Document, named: readonly string[], parameters: readonly ReadParameter[]): void {
  const spelling = new Map(named.map((name) => [name.toLowerCase(), name]));
  for (const parameter of parameters) {
    parameter.info.parameterSets.forEach((entry, index) => {
      if (entry.name === ALL_PARAMETER_SETS) return;
      const declared = spelling.get(entry.name.toLowerCase());
      if (declared !== undefined) entry.name = declared;
      else {
        const line = parameter.entryLines[index] ?? parameter.line;
        doc.reporter.report(line, 'PARAMETERS', 'unknown-parameter-set', `-${parameter.info.name}: parameter set "${entry.name}" is not declared in SYNTAX (${named.join(', ')}).`);
      }
    });
  }
}
