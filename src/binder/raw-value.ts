/**
 * A parameter's value as it arrived, before conversion: a bare switch, argv text, several
 * prompted texts (array parameters), or structured data from the pwsh module.
 *
 * @module
 */
export type RawValue =
  | { kind: 'present' }
  | { kind: 'text'; text: string }
  | { kind: 'texts'; texts: readonly string[] }
  | { kind: 'data'; value: unknown };
