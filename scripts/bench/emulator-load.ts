/**
 * A bounded loopback load on a running emulator: create one cart, then GET it `requests` times
 * with `concurrency` requests in flight. Stops by itself; only 127.0.0.1 is ever addressed.
 */
import { request } from 'node:http';

interface LoadResult { requests: number; concurrency: number; perSecond: number; p50: number; p99: number }

function call(url: string, method: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    if (target.hostname !== '127.0.0.1') throw new Error('load only targets 127.0.0.1');
    const req = request(target, { method, agent: false, headers: { authorization: 'Bearer bench', 'content-type': 'application/json', accept: 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function measureEmulatorThroughput(baseUrl: string, options: { requests: number; concurrency: number }): Promise<LoadResult> {
  const customer = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
  const created = await call(`${baseUrl}/v1/customers/${customer}/carts`, 'POST', JSON.stringify({ lineItems: [{ id: 0, catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' }] }));
  const cartId = (JSON.parse(created.text) as { id: string }).id;
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (next < options.requests) {
      next++;
      const t = performance.now();
      const res = await call(`${baseUrl}/v1/customers/${customer}/carts/${cartId}`, 'GET');
      if (res.status !== 200) throw new Error(`GET cart answered ${res.status}`);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p50 = latencies[Math.floor(latencies.length / 2)]!;
  const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
  return { requests: latencies.length, concurrency: options.concurrency, perSecond: latencies.length / seconds, p50, p99 };
}
