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

/** The value as the user wrote it, for messages and trace output. */
export function rawText(raw: RawValue): string {
  switch (raw.kind) {
    case 'present':
      return '';
    case 'text':
      return raw.text;
    case 'texts':
      return raw.texts.join(',');
    case 'data':
      return typeof raw.value === 'string' ? raw.value : JSON.stringify(raw.value) ?? '';
  }
}
