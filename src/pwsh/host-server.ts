/**
 * The loop behind `pcsh host --stdio`: read one JSON request per line, answer it, read the
 * next. Requests are handled strictly one at a time, in order. A malformed line or a failing
 * invoke is answered with an error record; the loop never throws. It ends at EOF.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ExitCode } from '../core/error-record.ts';
import type { HostErrorRecord, HostInvoke, HostRequest, HostResponse } from './protocol.ts';
import { emptyStreams } from './protocol.ts';

/** Serves requests from `input` until EOF; resolves with the number of requests answered. */
export async function runHostServer(input: Readable, output: Writable, invoke: HostInvoke): Promise<number> {
  let failed = false;
  output.on('error', () => { failed = true; });
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let answered = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const response = await answerLine(line, invoke);
    if (failed) break;
    await writeLine(output, JSON.stringify(response));
    answered += 1;
  }
  return answered;
}

/** Answers one request line; never throws. */
async function answerLine(line: string, invoke: HostInvoke): Promise<HostResponse> {
  const parsed = parseRequest(line);
  if ('error' in parsed) return errorResponse(parsed.id, parsed.error);
  try {
    const response = await invoke(parsed.request);
    return { ...response, id: parsed.request.id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(parsed.request.id, hostError('HostInvokeFailed', 'NotSpecified', message, ExitCode.Failure));
  }
}

type ParseResult = { request: HostRequest } | { id: number | null; error: HostErrorRecord };

/** Reads and checks one request line. */
function parseRequest(line: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { id: null, error: hostError('HostRequestNotJson', 'ParserError', `The request is not valid JSON: ${reason}`, ExitCode.Usage) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: hostError('HostRequestInvalid', 'InvalidData', 'The request must be a JSON object.', ExitCode.Usage) };
  }
  const raw = value as Record<string, unknown>;
  const id = typeof raw.id === 'number' && Number.isFinite(raw.id) ? raw.id : null;
  const problem = findProblem(raw);
  if (problem !== null) {
    return { id, error: hostError('HostRequestInvalid', 'InvalidData', `The request is invalid: ${problem}`, ExitCode.Usage) };
  }
  return {
    request: {
      id: id as number,
      command: raw.command as string,
      parameterSet: typeof raw.parameterSet === 'string' ? raw.parameterSet : '__AllParameterSets',
      parameters: { ...(raw.parameters as Record<string, unknown> | undefined) },
      common: { ...(raw.common as Record<string, unknown> | undefined) },
      shouldProcessDone: raw.shouldProcessDone === true,
    },
  };
}

function findProblem(raw: Record<string, unknown>): string | null {
  if (typeof raw.id !== 'number' || !Number.isFinite(raw.id)) return '"id" must be a number.';
  if (typeof raw.command !== 'string' || raw.command === '') return '"command" must be a non-empty string.';
  if (raw.parameters !== undefined && !isPlainObject(raw.parameters)) return '"parameters" must be an object.';
  if (raw.common !== undefined && !isPlainObject(raw.common)) return '"common" must be an object.';
  return null;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hostError(errorId: string, category: HostErrorRecord['category'], message: string, exitCode: ExitCode): HostErrorRecord {
  return { errorId, category, message, exitCode, terminating: true };
}

function errorResponse(id: number | null, error: HostErrorRecord): HostResponse {
  return { id, output: [], errors: [error], streams: emptyStreams(), exitCode: error.exitCode };
}

function writeLine(output: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    const flushed = output.write(`${text}\n`);
    if (flushed) return resolve();
    output.once('drain', () => resolve());
    output.once('error', () => resolve());
  });
}
