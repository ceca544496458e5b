/**
 * Persistent host vs. spawned processes: N Get-PartnerCustomerCart calls (default 200,
 * BENCH_CALLS) through one `pcsh host --stdio` process, fed the requests the PowerShell module
 * sends, vs. N spawned `Get-PartnerCustomerCart` processes. Calls from real pwsh through the module
 * are measured by pwsh-bench.ts.
 * Uses the embedded emulator, or a running one when PCSH_ENDPOINT is set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(root, 'dist/bin', `${name}.js`);
const customerId = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

function run(args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** N calls through one host process, one request at a time as the module sends them; ms in total. */
async function timeHost(calls: number, cartId: string, env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, [bin('pcsh'), 'host', '--stdio'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const started = performance.now();
  for (let id = 1; id <= calls; id++) {
    const request = { id, command: 'Get-PartnerCustomerCart', parameterSet: '__AllParameterSets', parameters: { CustomerId: customerId, CartId: cartId }, common: { Verbose: false, Debug: false, ErrorAction: 'Continue', WarningAction: 'Continue' }, shouldProcessDone: false };
    child.stdin.write(`${JSON.stringify(request)}\n`);
    const { value } = await lines.next();
    const reply = JSON.parse(value as string) as { id: number; exitCode: number; errors: unknown[] };
    if (reply.id !== id || reply.exitCode !== 0) throw new Error(`host call ${id} failed: ${value}`);
  }
  const elapsed = performance.now() - started; // includes the host's start-up, as the module pays it once
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
  return elapsed;
}

function timeSpawned(calls: number, cartId: string, env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  for (let i = 0; i < calls; i++) run([bin('Get-PartnerCustomerCart'), '-CustomerId', customerId, '-CartId', cartId], env);
  return performance.now() - started;
}

export async function benchPersistentHost(calls = Number(process.env.BENCH_CALLS ?? 200)): Promise<void> {
  const sandbox = mkdtempSync(join(tmpdir(), 'pcsh-bench-host-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PCSH_CONFIG_DIR: join(sandbox, 'config'), PCSH_EMULATOR_DATA: join(sandbox, 'data'), NO_COLOR: '1', PCSH_FORMAT: 'json' };
  run([bin('Connect-PartnerCenter'), '-Environment', 'Emulator'], env);
  const cart = JSON.parse(run([bin('New-PartnerCustomerCart'), '-CustomerId', customerId, '-LineItems', `@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}`, '-Confirm:$false'], env)) as { CartId: string };
  const emulator = env.PCSH_ENDPOINT ? `running emulator at ${env.PCSH_ENDPOINT}` : 'embedded emulator';
  console.log(`\nPersistent host: ${calls} Get-PartnerCustomerCart calls (${emulator})`);
  const hosted = await timeHost(calls, cart.CartId, env);
  const spawned = timeSpawned(calls, cart.CartId, env);
  const line = (name: string, ms: number) => console.log(`  ${name.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / calls).toFixed(1).padStart(6)} ms/call`);
  line('one `pcsh host --stdio` process', hosted);
  line(`${calls} spawned Get-PartnerCustomerCart processes`, spawned);
  console.log(`  spawned / persistent host: x${(spawned / hosted).toFixed(1)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPersistentHost();
