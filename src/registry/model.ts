/**
 * The one model of a cmdlet. The markdown reader produces it; the binder, the help renderer,
 * the pwsh module generator and the command shims consume it. Nothing reads markdown at run time.
 *
 * @module
 */

/** Bumped whenever the shape below changes; a registry with another version is refused. */
export const REGISTRY_SCHEMA_VERSION = 1;

/** The parameter-set name PowerShell uses for "(All)". */
export const ALL_PARAMETER_SETS = '__AllParameterSets';

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

/** The generated registry file: every cmdlet of a help folder, stamped and hashed. */
/** What Get-Command lists of a cmdlet: the command index (dist/registry/commands.json) holds only this. */
export interface CommandSummary {
  name: string;
  verb: string;
  noun: string;
}

/** The command index: a registry of summaries, stamped and checked like the registry itself. */
export interface CommandIndex extends Omit<Registry, 'cmdlets'> {
  cmdlets: CommandSummary[];
}

export interface Registry {
  schemaVersion: number;
  /** 64-bit hash over the help sources (file names and texts, sorted by name); see hash.ts. */
  sourceHash: string;
  /** 64-bit hash over the JSON of `module` and `cmdlets`: a hand edit no longer matches. */
  contentHash: string;
  module: ModuleInfo | null;
  cmdlets: CmdletInfo[];
}

/** The module page (e.g. PartnerCenter.md). */
export interface ModuleInfo {
  name: string;
  guid: string | null;
  helpVersion: string | null;
  locale: string | null;
  description: string;
  cmdlets: { name: string; synopsis: string }[];
  /** Source file name, e.g. "PartnerCenter.md". */
  file: string;
}

export interface CmdletInfo {
  name: string;
  verb: string;
  noun: string;
  /** Source file name, e.g. "New-PartnerCustomerCart.md". */
  file: string;
  /** Front-matter keys as written (schema, external help file, Module Name, online version, …). */
  frontMatter: Record<string, string>;
  onlineVersion: string | null;
  synopsis: string;
  /** SYNTAX blocks as written in the markdown, one per parameter set. */
  syntax: SyntaxBlock[];
  /** Named parameter sets in document order; empty when the cmdlet has only "(All)". */
  parameterSets: string[];
  /** The set marked "(Default)", else the only set, else ALL_PARAMETER_SETS. */
  defaultParameterSet: string;
  description: string;
  examples: Example[];
  parameters: ParameterInfo[];
  /** True when the page has a "### CommonParameters" section. */
  supportsCommonParameters: boolean;
  /** True when the cmdlet declares both -WhatIf and -Confirm. */
  supportsShouldProcess: boolean;
  inputs: TypeDoc[];
  outputs: TypeDoc[];
  notes: string;
  relatedLinks: RelatedLink[];
  /** Merged from the cmdlet's own metadata in code (src/cmdlets); 'Medium' by default. */
  confirmImpact: ConfirmImpact;
  /** Merged from code: ShouldProcess target template, e.g. "Updates the cart with the identifier of {CartId}." */
  shouldProcessTarget: string | null;
}

export interface SyntaxBlock {
  /** Set name from `### Name`, or null when the page has a single unnamed block. */
  setName: string | null;
  isDefault: boolean;
  text: string;
}

export interface Example {
  title: string;
  /** Code blocks in order; `lang` is the fence info string ('' when none). */
  code: { lang: string; text: string }[];
  /** The prose after (and between) the code blocks. */
  remarks: string;
}

export interface ParameterInfo {
  name: string;
  /** As written in YAML `Type:`, e.g. String, PSCartLineItem[], SwitchParameter, EnvironmentName. */
  type: string;
  description: string;
  aliases: string[];
  acceptedValues: string[];
  /** YAML `Default value:`; null for None or empty. */
  defaultValue: string | null;
  /** YAML `Accept pipeline input:` as written, e.g. "False", "True (ByValue)". */
  pipelineInput: string;
  acceptsWildcards: boolean;
  /** One entry per parameter set the parameter belongs to (ALL_PARAMETER_SETS for "(All)"). */
  parameterSets: ParameterSetEntry[];
  /** Merged from code: validation platyPS cannot carry. */
  validation: ParameterValidation;
}

export interface ParameterSetEntry {
  name: string;
  required: boolean;
  /** null for Named. */
  position: number | null;
}

export interface ParameterValidation {
  /** ValidatePattern (case-insensitive, as PowerShell does). */
  pattern?: string;
  /** ValidateNotNull / ValidateNotNullOrEmpty. */
  notNull?: boolean;
  notNullOrEmpty?: boolean;
  /** ValidateRange for numbers. */
  range?: [number, number];
}

/**
 * What platyPS cannot carry, kept next to each cmdlet's handler (src/cmdlets/metadata.ts) and merged
 * into the registry at build time. The handler itself is added by the cmdlets' own CmdletMetadata.
 */
export interface CmdletBuildMetadata {
  name: string;
  confirmImpact?: ConfirmImpact;
  /** ShouldProcess target text with `{ParameterName}` placeholders; null when the cmdlet has no ShouldProcess. */
  shouldProcessTarget?: string | null;
  /** Per-parameter validation keyed by canonical parameter name. */
  validation?: Record<string, ParameterValidation>;
}

export interface TypeDoc {
  type: string;
  description: string;
}

export interface RelatedLink {
  text: string;
  uri: string | null;
}

/** A problem found in a markdown file: reported as `file:line: section: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  section: string;
  /** Stable id, e.g. "yaml-unknown-key", "missing-synopsis". */
  id: string;
  message: string;
}
