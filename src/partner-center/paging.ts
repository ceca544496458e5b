/**
 * Follows a Partner Center collection to its end. A page names the next one in `links.next`
 * (a URI relative to /v1, with `seekOperation=Next`, plus headers to send — the
 * MS-ContinuationToken); each page is one logical call through the client, so retries, errors
 * and redaction are the client's. Stops when a page has no next link; a next link that repeats
 * a token already followed is refused instead of looping forever.
 *
 * @module
 */
import type { PartnerCenterClient } from './client-types.ts';
import { isWireObject, readArray, readField, readString } from './wire.ts';
import { PcshError, ExitCode } from '../core/error-record.ts';

interface NextPage {
  path: string;
  headers: Record<string, string>;
}

/** `/customers?…` → `/v1/customers?…`; an absolute or already versioned URI keeps its path. */
export function versionedPath(uri: string): string {
  const path = /^https?:\/\//i.test(uri) ? new URL(uri).pathname + new URL(uri).search : uri;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return /^\/v\d+\//i.test(rooted) ? rooted : `/v1${rooted}`;
}

export function nextPageOf(page: unknown): NextPage | undefined {
  const next = readField(readField(page, 'links'), 'next');
  const uri = readString(next, 'uri');
  if (!uri) return undefined;
  const headers: Record<string, string> = {};
  for (const entry of readArray(next, 'headers')) {
    const key = readString(entry, 'key');
    const value = readString(entry, 'value');
    if (key && value !== undefined) headers[key] = value;
  }
  return { path: versionedPath(uri), headers };
}

/** Every item of the collection at `path`, page after page. */
export async function readAllPages(client: PartnerCenterClient, path: string): Promise<unknown[]> {
  const items: unknown[] = [];
  const followed = new Set<string>();
  let page = await client.request<unknown>('GET', path);
  for (;;) {
    items.push(...(isWireObject(page) ? readArray(page, 'items') : []));
    const next = nextPageOf(page);
    if (!next) return items;
    const key = `${next.path}\n${JSON.stringify(next.headers)}`;
    if (followed.has(key)) {
      throw new PcshError(`Partner Center answered the same next page twice (${next.path}); stopped after ${items.length} items.`, {
        errorId: 'PartnerCenterError.PagingLoop',
        category: 'InvalidData',
        exitCode: ExitCode.Failure,
      });
    }
    followed.add(key);
    page = await client.request<unknown>('GET', next.path, undefined, { headers: next.headers });
  }
}
