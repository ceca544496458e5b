/**
 * Seek-based paging as Partner Center answers collections: a page of `items` with `totalCount`,
 * and, while more remain, `continuationToken` plus `links.next` — a URI with
 * `seekOperation=Next` and the token in an `MS-ContinuationToken` header, which is how the SDK
 * asks for the next page. The token is opaque to clients; here it carries the next offset and
 * the route it belongs to, so no server state is kept.
 *
 * @module
 */
import type { WireObject } from '../../partner-center/wire.ts';
import type { ApiRequest } from '../context.ts';
import { catalogErrors } from './catalog-errors.ts';

interface TokenContent {
  route: string;
  offset: number;
}

function encodeToken(content: TokenContent): string {
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

function decodeToken(token: string, route: string): number {
  let content: Partial<TokenContent> = {};
  try {
    content = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenContent>;
  } catch {
    // falls through to the invalid-token error below
  }
  if (content.route !== route || !Number.isInteger(content.offset) || (content.offset ?? -1) < 0) {
    throw catalogErrors.invalidInput('the continuation token is not valid for this request');
  }
  return content.offset!;
}

/** Where this request starts: 0, or the offset its continuation token carries (seekOperation=Next). */
function startOf(request: ApiRequest, route: string): number {
  const seek = request.query?.get('seekOperation');
  if (seek === null || seek === undefined) return 0;
  if (seek.toLowerCase() !== 'next') throw catalogErrors.invalidInput(`seekOperation '${seek}' is not supported`);
  if (!request.continuationToken) throw catalogErrors.invalidInput('seekOperation=Next needs an MS-ContinuationToken header');
  return decodeToken(request.continuationToken, route);
}

/** The page of `all` this request asks for; `selfUri` is the request's URI without the seek part. */
export function pageOf(all: readonly WireObject[], request: ApiRequest, pageSize: number, selfUri: string): WireObject {
  const route = request.path.toLowerCase();
  const start = startOf(request, route);
  const items = all.slice(start, start + pageSize);
  const page: WireObject = {
    totalCount: items.length,
    items,
    links: { self: { uri: selfUri, method: 'GET', headers: [] } } as WireObject,
    attributes: { objectType: 'Collection' },
  };
  if (start + pageSize < all.length) {
    const token = encodeToken({ route, offset: start + pageSize });
    const separator = selfUri.includes('?') ? '&' : '?';
    page.continuationToken = token;
    (page.links as WireObject).next = {
      uri: `${selfUri}${separator}seekOperation=Next`,
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: token }],
    };
  }
  return page;
}
