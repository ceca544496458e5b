/**
 * Following Partner Center collections to the end (src/partner-center/paging.ts): next-link
 * paths, the continuation token sent as a header, one logical call per page, and a repeated
 * next page refused instead of looping.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextPageOf, readAllPages, versionedPath } from '../../src/partner-center/paging.ts';
import type { PartnerCenterClient, RequestOptions } from '../../src/partner-center/client-types.ts';
import { PcshError } from '../../src/core/error-record.ts';
import { recordingClient, startHarness } from './support.ts';

const paths: [string, string][] = [
  ['/customers?size=2&seekOperation=Next', '/v1/customers?size=2&seekOperation=Next'],
  ['customers?seekOperation=Next', '/v1/customers?seekOperation=Next'],
  ['/v1/products?country=US', '/v1/products?country=US'],
  ['https://api.partnercenter.microsoft.com/v1/customers?seekOperation=Next', '/v1/customers?seekOperation=Next'],
];
for (const [uri, expected] of paths) {
  test(`versionedPath(${uri}) = ${expected}`, () => {
    assert.is(versionedPath(uri), expected);
  });
}

test('nextPageOf: the uri and its headers; none without links.next', () => {
  const page = { links: { next: { uri: '/customers?seekOperation=Next', method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: 'abc' }] } } };
  assert.equal(nextPageOf(page), { path: '/v1/customers?seekOperation=Next', headers: { 'MS-ContinuationToken': 'abc' } });
  assert.is(nextPageOf({ items: [], links: { self: { uri: '/customers' } } }), undefined);
  assert.is(nextPageOf(undefined), undefined);
});

/** A client answering from a list of pages, recording what it was asked. */
function scriptedClient(pages: unknown[]): { client: PartnerCenterClient; asked: { path: string; options?: RequestOptions }[] } {
  const asked: { path: string; options?: RequestOptions }[] = [];
  const client: PartnerCenterClient = {
    request: async <T>(_method: string, path: string, _body?: unknown, options?: RequestOptions) => {
      asked.push({ path, ...(options ? { options } : {}) });
      return pages[asked.length - 1] as T;
    },
  };
  return { client, asked };
}

test('readAllPages: every page in order, the continuation header sent for the next', async () => {
  const next = (token: string) => ({ uri: '/items?seekOperation=Next', headers: [{ key: 'MS-ContinuationToken', value: token }] });
  const { client, asked } = scriptedClient([
    { items: [1, 2], links: { next: next('t1') } },
    { items: [3], links: { next: next('t2') } },
    { items: [] },
  ]);
  assert.equal(await readAllPages(client, '/v1/items'), [1, 2, 3]);
  assert.equal(asked.map((a) => [a.path, a.options?.headers?.['MS-ContinuationToken']]), [
    ['/v1/items', undefined], ['/v1/items?seekOperation=Next', 't1'], ['/v1/items?seekOperation=Next', 't2'],
  ]);
});

test('readAllPages: a next page that repeats is refused (PagingLoop), not followed forever', async () => {
  const page = { items: [1], links: { next: { uri: '/items?seekOperation=Next', headers: [{ key: 'MS-ContinuationToken', value: 'same' }] } } };
  const { client, asked } = scriptedClient([page, page, page, page]);
  try {
    await readAllPages(client, '/v1/items');
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, PcshError);
    assert.is((error as PcshError).errorId, 'PartnerCenterError.PagingLoop');
  }
  assert.is(asked.length, 2);
});

test('against the emulator: page two carries MS-ContinuationToken and seekOperation=Next, each page its own request id', async () => {
  const h = await startHarness();
  try {
    const recorded = recordingClient(h.emulator.url);
    const items = await readAllPages(recorded.client, '/v1/products?country=US&targetView=OnlineServices');
    assert.is(items.length, 3);
    assert.is(recorded.sent.length, 2);
    assert.match(recorded.sent[1]!.url, /\/v1\/products\?country=US&targetView=OnlineServices&seekOperation=Next$/);
    assert.ok(recorded.sent[1]!.headers['MS-ContinuationToken']);
    assert.is.not(recorded.sent[0]!.headers['MS-RequestId'], recorded.sent[1]!.headers['MS-RequestId']);
  } finally {
    await h.stop();
  }
});

test.run();
