import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createStreamWriters, streamText, type StreamText } from '../../src/core/streams.ts';

function writers(debug: boolean) {
  const written: string[] = [];
  return { written, streams: createStreamWriters((text) => written.push(text), { verbose: false, debug, warning: true }, false) };
}

test('streamText: a string as it is, a function called for its text', () => {
  const cases: [StreamText, string][] = [['plain', 'plain'], [() => 'built', 'built'], ['', '']];
  for (const [input, expected] of cases) assert.is(streamText(input), expected);
});

test('-Debug off: a debug text function is never called (costly text is not built)', () => {
  const { written, streams } = writers(false);
  let built = 0;
  streams.debug(() => `HTTP request ${++built}`);
  assert.is(built, 0);
  assert.equal(written, []);
});

test('-Debug on: a debug text function is called once, each line prefixed', () => {
  const { written, streams } = writers(true);
  let built = 0;
  streams.debug(() => `HTTP request ${++built}\nBody: {}`);
  streams.debug('plain text');
  assert.is(built, 1);
  assert.equal(written, ['DEBUG: HTTP request 1\n', 'DEBUG: Body: {}\n', 'DEBUG: plain text\n']);
});

test.run();
