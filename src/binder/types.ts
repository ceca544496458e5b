/**
 * The binder's public shapes: what `bindArguments` / `bindValues` return and what they need.
 *
 * @module
 */

/** $ErrorActionPreference values a command's -*Action parameters accept. */
export type ActionPreference = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore';

/** The common parameters of every cmdlet, after binding (defaults filled in). */
export interface CommonParameterValues {
  Verbose: boolean;
  Debug: boolean;
  WhatIf: boolean;
  /** undefined: not given (the preference decides); false: -Confirm:$false. */
  Confirm: boolean | undefined;
  ErrorAction?: ActionPreference;
  WarningAction?: ActionPreference;
  InformationAction?: ActionPreference;
  ProgressAction?: ActionPreference;
  ErrorVariable?: string;
  WarningVariable?: string;
  InformationVariable?: string;
  OutVariable?: string;
  OutBuffer?: number;
  PipelineVariable?: string;
}

export interface BindResult {
  command: string;
  parameterSet: string;
  /** Canonical parameter name → converted value (the cmdlet's own parameters only). */
  bound: Record<string, unknown>;
  common: CommonParameterValues;
}

/** Where `@file` and `-` values come from; injected so the binder stays pure. */
export interface BinderIo {
  cwd: string;
  readFile(path: string): string;
  readStdin(): string;
}

/** Raw values the runtime collected by prompting, merged into a re-bind. */
export type SuppliedValues = Record<string, string | string[]>;
