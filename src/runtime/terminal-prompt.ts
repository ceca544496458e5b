/**
 * Reading answers from the terminal: prompts for missing mandatory parameters, -Confirm, secrets
 * (hidden echo). Only used when a terminal is attached; otherwise callers raise PowerShell's
 * NonInteractive error instead.
 *
 * Lines typed or pasted ahead of their prompt are kept for the next prompt on the same input
 * (readline reads a whole chunk at once, so a second line would otherwise be lost).
 */
import { createInterface } from 'node:readline';
import { Writable, type Readable } from 'node:stream';

/** Lines already read from an input but not yet asked for, per input stream. */
const typedAhead = new WeakMap<Readable, string[]>();

export function createTerminalPrompt(input: Readable, output: Writable) {
  return async function prompt(question: string, options: { hidden?: boolean } = {}): Promise<string> {
    output.write(question);
    let queue = typedAhead.get(input);
    if (!queue) typedAhead.set(input, (queue = []));
    // Already typed (and echoed when it was typed): answer straight away.
    if (queue.length > 0) return queue.shift()!;
    const muted = { active: false };
    const sink = new Writable({
      write(chunk, _encoding, done) {
        if (!muted.active) output.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input, output: sink, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
    muted.active = Boolean(options.hidden);
    const lines = queue;
    rl.on('line', (line) => lines.push(line));
    try {
      await new Promise<void>((resolve, reject) => {
        rl.once('line', () => resolve());
        rl.once('close', () => (lines.length > 0 ? resolve() : reject(new Error('The input ended before an answer was given.'))));
      });
      return lines.shift()!;
    } finally {
      rl.close();
      if (options.hidden) output.write('\n');
    }
  };
}
export type TerminalPrompt = ReturnType<typeof createTerminalPrompt>;
