/**
 * argv → tokens. Knows nothing about cmdlets: a token is a parameter (`-Name`, `-Name:value`,
 * `-Name:`) or an argument. `--` ends parameters; every later token is an argument. PowerShell
 * also takes the en dash, em dash and horizontal bar as a parameter dash.
 *
 * @module
 */

export type Token =
  | {
      kind: 'parameter';
      /** The argv entry as given, for error messages. */
      raw: string;
      /** Without the dash and without `:value`. */
      name: string;
      /** `-Name:…` form; `value` is '' for `-Name:` (bash made `-Name:$x` of it). */
      colon: boolean;
      value: string;
    }
  | { kind: 'argument'; raw: string; afterEndOfParameters: boolean };

const DASHES = '-\u2013\u2014\u2015';
const PARAMETER = /^([A-Za-z_?\u00C0-\uFFFF][^:]*)(?::([\s\S]*))?$/;

/** True when `text` is written like a parameter (`-Name`, `-Name:…`), whether or not one exists. */
export function looksLikeParameter(text: string): boolean {
  return text.length > 1 && DASHES.includes(text[0] ?? '') && PARAMETER.test(text.slice(1));
}

export function tokenize(argv: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let ended = false;
  for (const raw of argv) {
    if (!ended && raw === '--') {
      ended = true;
      continue;
    }
    const match = !ended && looksLikeParameter(raw) ? PARAMETER.exec(raw.slice(1)) : null;
    if (match) {
      const value = match[2];
      tokens.push({ kind: 'parameter', raw, name: match[1] ?? '', colon: value !== undefined, value: value ?? '' });
    } else {
      tokens.push({ kind: 'argument', raw, afterEndOfParameters: ended });
    }
  }
  return tokens;
}
