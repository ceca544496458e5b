/**
 * Examples as Get-Help prints platyPS examples: the title padded with dashes to 64 characters
 * (platyPS does the padding when it writes MAML), a blank line, the code blocks separated by
 * blank lines, a blank line, then the remarks.
 *
 * @module
 */
import type { Example } from '../registry/model.ts';
import { renderProse } from './paragraphs.ts';
import { wrapIndented } from './wrap-text.ts';

const TITLE_WIDTH = 64;

/** `---- Example 1: Title ----`, centred in 64 columns; long or empty titles are left alone. */
export function padExampleTitle(title: string): string {
  if (title.trim() === '' || title.length >= TITLE_WIDTH - 2) return title;
  const dashes = '-'.repeat(Math.floor((TITLE_WIDTH - title.length - 2) / 2));
  return `${dashes} ${title} ${dashes}`;
}

/** One example at the given indent. */
function renderExample(example: Example, indent: number, width: number): string[] {
  const code = example.code.map((block) => block.text.replace(/\s+$/, '')).join('\n\n');
  return [
    ...wrapIndented(padExampleTitle(example.title), indent, width),
    '',
    ...(code === '' ? [] : wrapIndented(code, indent, width)),
    '',
    ...renderProse(example.remarks, indent, width),
  ];
}

/** Every example of the cmdlet, in order. */
export function renderExamples(examples: readonly Example[], indent: number, width: number): string[] {
  return examples.flatMap((example) => renderExample(example, indent, width));
}
