import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { runHostServer } from '../../src/pwsh/host/host-server.ts';
import type { HostRequest, HostResponse } from '../../src/pwsh/host/protocol.ts';
import { emptyStreams } from '../../src/pwsh/host/protocol.ts';

function request(id: number, extra: Partial<HostRequest> = {}): string {
  return JSON.stringify({ id, command: 'Get-PartnerCustomerCart', parameterSet: 'x', parameters: { CartId: `c${id}` }, common: {}, shouldProcessDone: false, ...extra });
}

async function serve(lines: string[], invoke: (req: HostRequest) => Promise<HostResponse>): Promise<{ responses: HostResponse[]; answered: number }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  const done = runHostServer(input, output, invoke);
  input.end(lines.map((l) => `${l}\n`).join(''));
  const answered = await done;
  const responses = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as HostResponse);
  return { responses, answered };
}

const echo = async (req: HostRequest): Promise<HostResponse> =>
  ({ id: req.id, output: [req.parameters], errors: [], streams: emptyStreams(), exitCode: 0 });

test('answers requests in order, one at a time, even when earlier ones are slower', async () => {
  let running = 0;
  let maxRunning = 0;
  const slowFirst = async (req: HostRequest): Promise<HostResponse> => {
    running += 1; maxRunning = Math.max(maxRunning, running);
    for (let i = 0; i < (req.id === 1 ? 20 : 1); i++) await Promise.resolve();
    running -= 1;
    return echo(req);
  };
  const { responses, answered } = await serve([request(1), request(2), request(3)], slowFirst);
  assert.is(answered, 3);
  assert.equal(responses.map((r) => r.id), [1, 2, 3]);
  assert.equal(responses.map((r) => r.output), [[{ CartId: 'c1' }], [{ CartId: 'c2' }], [{ CartId: 'c3' }]]);
  assert.is(maxRunning, 1);
});

test('passes the request through to invoke with defaults filled', async () => {
  const seen: HostRequest[] = [];
  await serve([JSON.stringify({ id: 7, command: 'New-PartnerCustomerCart', parameters: { CustomerId: 'a' }, shouldProcessDone: true })], async (r) => { seen.push(r); return echo(r); });
  assert.equal(seen, [{ id: 7, command: 'New-PartnerCustomerCart', parameterSet: '__AllParameterSets', parameters: { CustomerId: 'a' }, common: {}, shouldProcessDone: true }]);
});

const malformed: [string, string, number | null][] = [
  ['not json', 'HostRequestNotJson', null],
  ['[1,2]', 'HostRequestInvalid', null],
  ['{"command":"X"}', 'HostRequestInvalid', null],
  ['{"id":4}', 'HostRequestInvalid', 4],
  ['{"id":5,"command":"X","parameters":"a"}', 'HostRequestInvalid', 5],
  ['{"__proto__":{"polluted":1},"id":6,"command":"X","parameters":{"__proto__":{"x":1}}}', '', 6],
];
for (const [line, errorId, id] of malformed) {
  test(`malformed line is answered, not fatal: ${line}`, async () => {
    const { responses } = await serve([line, request(99)], echo);
    assert.is(responses.length, 2);
    if (errorId === '') {
      assert.is(responses[0]!.errors.length, 0);
      assert.is(({} as Record<string, unknown>).polluted, undefined);
    } else {
      assert.is(responses[0]!.id, id);
      assert.is(responses[0]!.errors[0]!.errorId, errorId);
      assert.is(responses[0]!.exitCode, 2);
      assert.equal(responses[0]!.output, []);
    }
    assert.is(responses[1]!.id, 99);
  });
}

test('a throwing invoke becomes an error record and the loop goes on', async () => {
  let calls = 0;
  const flaky = async (req: HostRequest): Promise<HostResponse> => {
    calls += 1;
    if (calls === 1) throw new Error('boom');
    return echo(req);
  };
  const { responses } = await serve([request(1), request(2)], flaky);
  assert.is(responses[0]!.errors[0]!.errorId, 'HostInvokeFailed');
  assert.is(responses[0]!.errors[0]!.message, 'boom');
  assert.is(responses[0]!.exitCode, 1);
  assert.is(responses[1]!.exitCode, 0);
});

test('blank lines and CRLF are tolerated; EOF ends the loop', async () => {
  const { responses, answered } = await serve(['', `${request(1)}\r`, '   '], echo);
  assert.is(answered, 1);
  assert.is(responses[0]!.id, 1);
});

test('EOF with no requests resolves with zero', async () => {
  const { answered } = await serve([], echo);
  assert.is(answered, 0);
});

test('invoke response id is forced to the request id', async () => {
  const { responses } = await serve([request(3)], async (r) => ({ ...(await echo(r)), id: 42 }));
  assert.is(responses[0]!.id, 3);
});

test.run();
