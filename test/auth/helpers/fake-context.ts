/**
 * A CmdletContext built by hand for handler tests: captures every stream, answers prompts from
 * a queue, never touches a terminal.
 */
import type { CmdletContext } from '../../../src/cmdlets/types.ts';
import type { PcshError } from '../../../src/core/error-record.ts';
import { streamText, type StreamText } from '../../../src/core/streams.ts';

export interface Captured {
  verbose: string[];
  debug: string[];
  warning: string[];
  host: string[];
  errors: PcshError[];
  output: unknown[];
  prompts: { question: string; hidden: boolean }[];
}

export interface FakeContextOptions {
  parameterSet?: string;
  env?: Record<string, string | undefined>;
  interactive?: boolean;
  answers?: string[];
  now?: () => Date;
}

export function fakeContext(options: FakeContextOptions = {}): { context: CmdletContext; captured: Captured } {
  const captured: Captured = { verbose: [], debug: [], warning: [], host: [], errors: [], output: [], prompts: [] };
  const answers = [...(options.answers ?? [])];
  const context = {
    commandName: 'Connect-PartnerCenter',
    parameterSet: options.parameterSet ?? 'User',
    correlationId: async () => '00000000-0000-0000-0000-000000000001',
    env: options.env ?? {},
    registry: undefined as never,
    width: 80,
    interactive: options.interactive ?? false,
    verbose: (m: string) => captured.verbose.push(m),
    debug: (m: StreamText) => captured.debug.push(streamText(m)),
    warning: async (m: string) => void captured.warning.push(m),
    host: (m: string) => captured.host.push(m),
    writeObject: (item: unknown) => void captured.output.push(item),
    writeError: async (e: PcshError) => void captured.errors.push(e),
    async prompt(question: string, o?: { hidden?: boolean }) {
      captured.prompts.push({ question, hidden: Boolean(o?.hidden) });
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no prompt answer queued');
      return answer;
    },
    now: options.now ?? (() => new Date()),
    partnerCenter: () => Promise.reject(new Error('not used in auth tests')),
  } satisfies CmdletContext;
  return { context, captured };
}

/** Every captured line, for secret greps. */
export function allText(captured: Captured): string {
  return [...captured.verbose, ...captured.debug, ...captured.warning, ...captured.host, ...captured.errors.map((e) => `${e.message} ${JSON.stringify(e.toJSON())}`)].join('\n');
}
