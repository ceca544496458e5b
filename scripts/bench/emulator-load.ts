/**
 * A bounded loopback load on a running emulator, `concurrency` requests in flight: GET one cart
 * `requests` times, or (method POST) create `requests` carts, each with its own MS-RequestId (so
 * each is a durable write: idempotency record and cart). Stops by itself; only 127.0.0.1 is addressed.
 */
import { request } from 'node:http';

interface LoadResult { requests: number; concurrency: number; perSecond: number; p50: number; p99: number }

function call(url: string, method: string, body?: string, requestId?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    if (target.hostname !== '127.0.0.1') throw new Error('load only targets 127.0.0.1');
    const req = request(target, { method, agent: false, headers: { authorization: 'Bearer bench', 'content-type': 'application/json', accept: 'application/json', ...(requestId ? { 'ms-requestid': requestId } : {}) } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function measureEmulatorThroughput(baseUrl: string, options: { requests: number; concurrency: number; method?: 'GET' | 'POST' }): Promise<LoadResult> {
  const customer = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
  const carts = `${baseUrl}/v1/customers/${customer}/carts`;
  const cartBody = JSON.stringify({ lineItems: [{ id: 0, catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' }] });
  const created = await call(carts, 'POST', cartBody, `bench-${process.pid}-setup`);
  const cartId = (JSON.parse(created.text) as { id: string }).id;
  const post = options.method === 'POST';
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (next < options.requests) {
      const id = next++;
      const t = performance.now();
      const res = post ? await call(carts, 'POST', cartBody, `bench-${process.pid}-${Date.now()}-${id}`) : await call(`${carts}/${cartId}`, 'GET');
      if (res.status !== (post ? 201 : 200)) throw new Error(`${post ? 'POST' : 'GET'} cart answered ${res.status}: ${res.text}`);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p50 = latencies[Math.floor(latencies.length / 2)]!;
  const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
  return { requests: latencies.length, concurrency: options.concurrency, perSecond: latencies.length / seconds, p50, p99 };
}
