/**
 * Character classes of the literal parser by UTF-16 code, for its inner loops: testing a code is
 * several times cheaper than a one-character string against a RegExp (issue 15: the parser was
 * 10x JSON per item). Each class matches exactly what the RegExp it replaces matched.
 *
 * @module
 */

/** JavaScript's `\s` (RegExp White_Space + line terminators + BOM). */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `[ \t\f\v\u00A0]`, with `newlines` also `\r` and `\n`: the spaces between tokens. */
export function isTokenSpace(code: number, newlines: boolean): boolean {
  return code === 32 || code === 9 || code === 12 || code === 11 || code === 0xa0 || (newlines && (code === 10 || code === 13));
}

export const CODE = {
  tab: 9, lf: 10, at: 64, cr: 13, dollar: 36, quote: 39, doubleQuote: 34, openParen: 40, closeParen: 41, comma: 44, minus: 45, dot: 46,
  zero: 48, nine: 57, semicolon: 59, equals: 61, upperA: 65, upperE: 69, upperF: 70, backtick: 96, lowerA: 97,
  lowerE: 101, lowerF: 102, lowerX: 120, openBrace: 123, closeBrace: 125, plus: 43,
} as const;

/** `'` and the typographic single quotes PowerShell accepts: ‘ ’ ‚ ‛ */
export function isSingleQuote(code: number): boolean {
  return code === CODE.quote || (code >= 0x2018 && code <= 0x201b);
}

/** `"` and the typographic double quotes PowerShell accepts: “ ” „ */
export function isDoubleQuote(code: number): boolean {
  return code === CODE.doubleQuote || (code >= 0x201c && code <= 0x201e);
}

export function isDigit(code: number): boolean {
  return code >= CODE.zero && code <= CODE.nine;
}

export function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= CODE.upperA && code <= CODE.upperF) || (code >= CODE.lowerA && code <= CODE.lowerF);
}
