/** Test helper: small hand-built cmdlet models for table-driven tests. */
import { ALL_PARAMETER_SETS, type CmdletInfo, type ParameterInfo, type ParameterSetEntry } from '../../src/registry/model.ts';

export function parameter(name: string, type: string, sets: Partial<ParameterSetEntry>[] = [{}], extra: Partial<ParameterInfo> = {}): ParameterInfo {
  return {
    name,
    type,
    description: `The ${name}.`,
    aliases: [],
    acceptedValues: [],
    defaultValue: null,
    pipelineInput: 'False',
    acceptsWildcards: false,
    parameterSets: sets.map((s) => ({ name: s.name ?? ALL_PARAMETER_SETS, required: s.required ?? false, position: s.position ?? null })),
    validation: {},
    ...extra,
  };
}

export function cmdlet(name: string, parameters: ParameterInfo[], extra: Partial<CmdletInfo> = {}): CmdletInfo {
  const [verb = '', noun = ''] = name.split('-');
  return {
    name,
    verb,
    noun,
    file: `${name}.md`,
    frontMatter: {},
    onlineVersion: null,
    synopsis: `Does ${noun}.`,
    syntax: [],
    parameterSets: [],
    defaultParameterSet: ALL_PARAMETER_SETS,
    description: '',
    examples: [],
    parameters,
    supportsCommonParameters: true,
    supportsShouldProcess: false,
    inputs: [],
    outputs: [],
    notes: '',
    relatedLinks: [],
    confirmImpact: 'Medium',
    shouldProcessTarget: null,
    ...extra,
  };
}
