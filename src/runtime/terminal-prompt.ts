/**
 * Reading answers from the terminal: prompts for missing mandatory parameters, -Confirm, secrets
 * (hidden echo). Only used when a terminal is attached; otherwise callers raise PowerShell's
 * NonInteractive error instead.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export function createTerminalPrompt(input: Readable, output: Writable) {
  return async function prompt(question: string, options: { hidden?: boolean } = {}): Promise<string> {
    output.write(question);
    const muted = { active: false };
    const sink = new (await import('node:stream')).Writable({
      write(chunk, _encoding, done) {
        if (!muted.active) output.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input, output: sink, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
    muted.active = Boolean(options.hidden);
    try {
      return await new Promise<string>((resolve, reject) => {
        rl.once('line', resolve);
        rl.once('close', () => reject(new Error('The input ended before an answer was given.')));
      });
    } finally {
      rl.close();
      if (options.hidden) output.write('\n');
    }
  };
}
export type TerminalPrompt = ReturnType<typeof createTerminalPrompt>;
