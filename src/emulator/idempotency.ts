/**
 * MS-RequestId idempotency for POSTs (create cart, checkout): the first successful answer to a
 * request id is kept in `idempotency/<key>.json` (exclusive create) and replayed for any repeat
 * of that request, across processes. A per-key lock makes a repeat that arrives while the first
 * is still running wait for it instead of running twice.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { EmulatorApiError } from './api-error.ts';
import type { ApiResponse, EmulatorContext } from './context.ts';
import { createJsonExclusiveDurable, readJson } from './fs-atomic.ts';
import { LockTimeoutError, withFileLock } from './file-lock.ts';

function idempotencyPath(dataDir: string, method: string, path: string, requestId: string): string {
  const key = createHash('sha256').update(`${method} ${path.toLowerCase()} ${requestId}`).digest('hex').slice(0, 40);
  return join(dataDir, 'idempotency', `${key}.json`);
}

export async function withIdempotency(
  context: EmulatorContext,
  key: { method: string; path: string; requestId: string },
  run: () => Promise<ApiResponse>,
): Promise<ApiResponse & { replayed?: boolean }> {
  const path = idempotencyPath(context.dataDir, key.method, key.path, key.requestId);
  try {
    return await withFileLock(`${path}.lock`, async () => {
      const prior = readJson<ApiResponse>(path);
      if (prior) return { ...prior, replayed: true };
      const response = await run();
      if (response.status >= 200 && response.status < 300) await createJsonExclusiveDurable(path, response);
      return response;
    }, context.lock);
  } catch (error) {
    if (error instanceof LockTimeoutError) {
      throw new EmulatorApiError(409, 800064, `The request ${key.requestId} is still being processed by another request. Try again later.`);
    }
    throw error;
  }
}
