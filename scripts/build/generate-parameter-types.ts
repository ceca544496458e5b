/**
 * Build step: dist/registry.json → src/cmdlets/generated/parameters.ts, one interface per cmdlet
 * (`NewPartnerCustomerCartParameters`), the map `CmdletParameters` and `ParameterSetName<C>`.
 * Handlers are typed `CmdletHandler<CmdletParameters['New-PartnerCustomerCart']>`, so a help
 * change that drifts from a handler fails `tsc`. The generator is a pure function of the registry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmdletInfo, ParameterInfo, Registry } from '../../src/registry/model.ts';
import { isRequiredEverywhere } from '../../src/registry/parameter-sets.ts';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';

const PRIMITIVES: Record<string, string> = {
  string: 'string', char: 'string', securestring: 'string', guid: 'string',
  int16: 'number', int32: 'number', int64: 'number', uint16: 'number', uint32: 'number', uint64: 'number',
  byte: 'number', double: 'number', single: 'number', decimal: 'number',
  boolean: 'boolean', switchparameter: 'boolean',
  datetime: 'Date', datetimeoffset: 'Date',
  hashtable: 'Record<string, unknown>', object: 'unknown',
};
/** Parameters every ShouldProcess cmdlet has; the runtime handles them, handlers never see them. */
const COMMON = new Set(['whatif', 'confirm']);

export function generateParameterTypes(registry: Registry, modelTypes: ReadonlySet<string>): string {
  const used = new Set<string>();
  const interfaces = registry.cmdlets.map((cmdlet) => cmdletInterface(cmdlet, modelTypes, used));
  const models = [...used].sort();
  return [
    '// Generated from dist/registry.json by scripts/build/generate-parameter-types.ts. Do not edit.',
    ...(models.length > 0 ? [`import type { ${models.join(', ')} } from '../../partner-center/models.ts';`] : []),
    '',
    ...interfaces,
    '/** Bound parameters by cmdlet name. */',
    'export interface CmdletParameters {',
    ...registry.cmdlets.map((c) => `  ${quote(c.name)}: ${interfaceName(c)};`),
    '}',
    '',
    '/** Parameter-set names by cmdlet name. */',
    'export interface CmdletParameterSets {',
    ...registry.cmdlets.map((c) => `  ${quote(c.name)}: ${(c.parameterSets.length > 0 ? c.parameterSets : [c.defaultParameterSet]).map(quote).join(' | ')};`),
    '}',
    '',
    'export type ParameterSetName<C extends keyof CmdletParameterSets> = CmdletParameterSets[C];',
    '',
  ].join('\n');
}

function interfaceName(cmdlet: Pick<CmdletInfo, 'name'>): string {
  return `${cmdlet.name.replace(/[^A-Za-z0-9_]/g, '')}Parameters`;
}

function cmdletInterface(cmdlet: CmdletInfo, modelTypes: ReadonlySet<string>, used: Set<string>): string {
  const members = cmdlet.parameters
    .filter((parameter) => !COMMON.has(parameter.name.toLowerCase()))
    .map((parameter) => {
      const optional = isRequiredEverywhere(cmdlet, parameter) ? '' : '?';
      const doc = parameter.description.split('\n')[0]?.trim().replace(/\*\//g, '*\\/');
      const comment = doc ? `  /** ${doc} */\n` : '';
      return `${comment}  ${propertyName(parameter.name)}${optional}: ${tsType(parameter, modelTypes, used)};`;
    });
  return [`/** Parameters of ${cmdlet.name}, as bound for its handler. */`, `export interface ${interfaceName(cmdlet)} {`, ...members, '}', ''].join('\n');
}

/** The TypeScript type for a parameter's .NET type (see the mapping table in PRIMITIVES). */
export function tsType(parameter: Pick<ParameterInfo, 'type' | 'acceptedValues'>, modelTypes: ReadonlySet<string>, used: Set<string>): string {
  const array = parameter.type.endsWith('[]');
  const base = (array ? parameter.type.slice(0, -2) : parameter.type).split('.').pop() ?? '';
  const primitive = PRIMITIVES[base.toLowerCase()];
  let element: string;
  if (parameter.acceptedValues.length > 0 && (primitive === undefined || primitive === 'string')) {
    element = parameter.acceptedValues.map(quote).join(' | ');
  } else if (primitive !== undefined) element = primitive;
  else if (modelTypes.has(base)) {
    used.add(base);
    element = base;
  } else element = 'unknown';
  if (!array) return element;
  return element.includes(' ') ? `(${element})[]` : `${element}[]`;
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The type names src/partner-center/models.ts exports. */
export function readModelTypes(modelsSource: string): Set<string> {
  return new Set([...modelsSource.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1] ?? ''));
}

export function generateParameterTypesStep(root: string): string {
  const registry = JSON.parse(readFileSync(join(root, 'dist', 'registry.json'), 'utf8')) as Registry;
  const models = readModelTypes(readFileSync(join(root, 'src', 'partner-center', 'models.ts'), 'utf8'));
  const out = join(root, 'src', 'cmdlets', 'generated', 'parameters.ts');
  writeFileAtomic(out, generateParameterTypes(registry, models));
  return out;
}
