/**
 * Tokens → named arguments (parameter + raw value) and positional arguments, as PowerShell's
 * ReparseUnboundArguments does: a non-switch parameter takes the next token unless that token
 * is a real parameter (MissingArgument); switches take a value only after a colon; `-Name:`
 * with nothing after it is ParameterRequiresArgument (with what bash did to `-Name:$false`).
 * Unknown names are kept and reported by the named-binding pass, in argv order.
 *
 * @module
 */
import { missingArgument, parameterRequiresArgument } from './binding-errors.ts';
import { dotNetTypeName, isSwitchType } from './parameter-table.ts';
import type { ParamDef } from './parameter-table.ts';
import type { RawValue } from './raw-value.ts';
import { matchParameterName, resolveParameterName } from './resolve-name.ts';
import type { Token } from './tokenize.ts';

export interface NamedArgument {
  /** undefined: no parameter has this name (NamedParameterNotFound when bound), or `deferred`. */
  def: ParamDef | undefined;
  /** `-Name:value`: PowerShell resolves the name only when it binds, in command-line order. */
  deferred?: boolean;
  /** The name as typed, without the dash. */
  typed: string;
  raw: RawValue;
  /** The token's index on the command line: leftovers are reported in command-line order. */
  at: number;
}

export interface PositionalArgument {
  text: string;
  at: number;
}

export interface GroupedArguments {
  named: NamedArgument[];
  positional: PositionalArgument[];
}

function bashHint(token: Token & { kind: 'parameter' }, def: ParamDef | undefined): string {
  const name = token.raw.slice(0, -1);
  if (def && isSwitchType(def.type)) {
    return `If you typed ${name}:$false in bash or another POSIX shell, the shell expanded $false to nothing: quote it ('${name}:$false') or write ${name}:false.`;
  }
  return `If you typed ${name}:$variable in bash or another POSIX shell, the shell expanded the variable to nothing (it is empty or unset): quote the value, e.g. '${name}:$value', or check the variable.`;
}

function isSwitchName(table: readonly ParamDef[], typed: string): boolean {
  const match = matchParameterName(table, typed);
  return match.kind === 'found' && isSwitchType(match.def.type);
}

function isRealParameter(table: readonly ParamDef[], token: Token | undefined): boolean {
  return token?.kind === 'parameter' && matchParameterName(table, token.name).kind !== 'notFound';
}

export function groupArguments(command: string, table: readonly ParamDef[], tokens: readonly Token[]): GroupedArguments {
  const named: NamedArgument[] = [];
  const positional: PositionalArgument[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const at = i;
    if (token.kind === 'argument') {
      positional.push({ text: token.raw, at });
      continue;
    }
    const next = tokens[i + 1];
    if (token.colon) {
      // `-Name:--`: `--` ends the parameters, so the colon has no argument, as in pwsh.
      if (token.value === '--') {
        const bare = { ...token, raw: `-${token.name}:`, value: '' };
        throw parameterRequiresArgument(command, bare.raw, bashHint(bare, resolveParameterName(command, table, token.name)));
      }
      if (token.value !== '') {
        named.push({ def: undefined, deferred: true, typed: token.name, raw: { kind: 'text', text: token.value }, at });
      } else if (next !== undefined && !(next.kind === 'parameter' && isSwitchName(table, token.name))) {
        // `-CartId: -CustomerId G`: the token after the colon is the value, even one that looks like a parameter
        // (for a switch, `-WhatIf: -CustomerId` is what bash leaves of `-WhatIf:$false`: the hint below says so).
        named.push({ def: undefined, deferred: true, typed: token.name, raw: { kind: 'text', text: next.raw }, at });
        i++;
      } else {
        throw parameterRequiresArgument(command, token.raw, bashHint(token, resolveParameterName(command, table, token.name)));
      }
      continue;
    }
    const def = resolveParameterName(command, table, token.name);
    if (!def || isSwitchType(def.type)) {
      named.push({ def, typed: token.name, raw: { kind: 'present' }, at });
      continue;
    }
    if (next === undefined || isRealParameter(table, next)) throw missingArgument(command, def.name, dotNetTypeName(def.type));
    // PowerShell's ReparseUnboundArguments joins `-Name value` into one argument under the
    // parameter's own name, so ParameterAlreadyBound names -Cust as 'CustomerId' (but keeps
    // what was typed for switches and `-Name:value`).
    named.push({ def, typed: def.name, raw: { kind: 'text', text: next.raw }, at });
    i++;
  }
  return { named, positional };
}
