/**
 * uvu's `test`, with one fix: uvu formats a failure's `details` property as a string, and
 * PcshError has an object there, so an unexpected PcshError would fail silently. Handlers here
 * rethrow such errors as plain Errors carrying the message, JSON and stack.
 */
import { test as uvuTest } from 'uvu';

type Handler = () => unknown | Promise<unknown>;

function visible(fn: Handler): Handler {
  return async () => {
    try {
      await fn();
    } catch (error) {
      const e = error as { name?: string; details?: unknown; stack?: string; toJSON?: () => unknown };
      if (e && typeof e === 'object' && e.details !== undefined && typeof e.details !== 'string') {
        throw new Error(`${e.stack ?? String(error)}\n${JSON.stringify(e.toJSON?.() ?? {})}`);
      }
      throw error;
    }
  };
}

export const test = Object.assign((name: string, fn: Handler) => uvuTest(name, visible(fn) as () => Promise<void>), {
  before: uvuTest.before,
  after: uvuTest.after,
  run: () => uvuTest.run(),
});
