/**
 * C# literal writers for the generated cmdlet classes. Every text from the registry goes through
 * `csString`, so no help text or pattern can end a literal early or inject code.
 *
 * @module
 */

/** A regular C# string literal; quotes, backslashes and control or line-separator characters are escaped. */
export function csString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001F\u007F\u0085\u2028\u2029]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === '"') return '\\"';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** `"a", "b"` — attribute arguments. */
export function csStringList(values: readonly string[]): string {
  return values.map(csString).join(', ');
}

export function csBool(value: boolean): string {
  return value ? 'true' : 'false';
}

/** Text for a `/// <summary>` line: one line, XML-escaped. */
export function csDocText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** C# keywords a parameter name could collide with (then written @name). */
const KEYWORDS = new Set([
  'abstract', 'as', 'base', 'bool', 'break', 'byte', 'case', 'catch', 'char', 'checked', 'class', 'const', 'continue',
  'decimal', 'default', 'delegate', 'do', 'double', 'else', 'enum', 'event', 'explicit', 'extern', 'false', 'finally',
  'fixed', 'float', 'for', 'foreach', 'goto', 'if', 'implicit', 'in', 'int', 'interface', 'internal', 'is', 'lock',
  'long', 'namespace', 'new', 'null', 'object', 'operator', 'out', 'override', 'params', 'private', 'protected',
  'public', 'readonly', 'ref', 'return', 'sbyte', 'sealed', 'short', 'sizeof', 'stackalloc', 'static', 'string',
  'struct', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'uint', 'ulong', 'unchecked', 'unsafe', 'ushort',
  'using', 'virtual', 'void', 'volatile', 'while',
]);

/** A registry name as a C# identifier: must be a plain word; keywords get `@`. */
export function csIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`"${name}" cannot be a C# property name.`);
  return KEYWORDS.has(name) ? `@${name}` : name;
}
