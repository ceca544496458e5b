/**
 * The real `pcsh host --stdio` (dist/bin/pcsh.js, as the generated PowerShell module starts it),
 * driven with requests shaped exactly as the generated cmdlets send them (templates/runtime/pcsh-cmdlet.cs
 * + wire-json.cs in src/pwsh/module): model objects serialised with every non-null public
 * property in declaration order, switches as booleans, PSCredential as {UserName, Password},
 * the four forwarded common parameters, shouldProcessDone = SupportsShouldProcess.
 * Each test has its own sandbox (config + emulator state) and the embedded emulator.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, root, type Sandbox } from './run-command.ts';
import type { HostResponse } from '../../src/pwsh/host/protocol.ts';
import { LINE_ITEM_PROPERTIES } from '../../src/binder/line-item.ts';

const customerId = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const subscriptionId = 'b35d5324-df8e-4306-9023-6edac2d4896c';

/** Commands whose generated function has SupportsShouldProcess (the module then sends shouldProcessDone: true). */
const shouldProcessCommands = new Set(['Connect-PartnerCenter', 'Disconnect-PartnerCenter', 'New-PartnerCustomerCart', 'Set-PartnerCustomerCart', 'Add-PartnerCustomerCartLineItem', 'Submit-PartnerCustomerCart']);

/** PSCartLineItem's public properties in declaration order (templates/models/carts.cs), as WireJson writes them. */
const lineItemProperties = ['AddonItems', 'AttestationAccepted', 'BillingCycle', 'CatalogItemId', 'CurrencyCode', 'CustomTermEndDate', 'Error', 'FriendlyName', 'Id', 'OrderGroup', 'Participants', 'PromotionId', 'ProvisioningContext', 'Quantity', 'RenewsTo', 'TermDuration'];
const cartProperties = ['CartId', 'CreationTimestamp', 'ExpirationTimestamp', 'LastModifiedTimestamp', 'LastModifiedUser', 'LineItems', 'Status'];

/**
 * A PSCartLineItem as the module sends it: `New-Object PSCartLineItem` starts with empty
 * AddonItems/Participants/ProvisioningContext, BillingCycle Unknown, Id and Quantity 0; the bridge
 * then writes every non-null property, in declaration order, that pcsh's binder takes — all of
 * them now, OrderGroup and Error included (src/pwsh/module/templates/runtime/wire-json.cs).
 */
function wireLineItem(set: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = { AddonItems: [], BillingCycle: 'Unknown', Id: 0, Participants: [], ProvisioningContext: {}, Quantity: 0, ...set };
  const wire: Record<string, unknown> = {};
  for (const name of lineItemProperties) {
    if (!(LINE_ITEM_PROPERTIES as readonly string[]).includes(name)) continue;
    if (item[name] !== undefined && item[name] !== null) wire[name] = item[name];
  }
  return wire;
}

/** The seed's reserved-instance line item (New-PartnerCustomerCart example 1). */
const seedLineItem = () => wireLineItem({
  BillingCycle: 'OneTime',
  CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
  FriendlyName: 'Sample RI Purchase',
  ProvisioningContext: { duration: '1Year', scope: 'shared', subscriptionId },
  Quantity: 10,
});

/** Hosts still running: a failed test must not leave one behind (it would keep uvu from exiting). */
const running = new Set<ChildProcessWithoutNullStreams>();
test.after.each(() => {
  for (const child of running) child.kill();
  running.clear();
});

interface RequestOptions { parameterSet?: string; verbose?: boolean; debug?: boolean; errorAction?: string; id?: number }

class Host {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  stderr = '';
  /** Every stdout line, raw, to check that nothing but JSON responses is written. */
  readonly lines: string[] = [];
  private nextId = 0;
  private waiting: ((line: string) => void)[] = [];
  private queued: string[] = [];

  constructor(readonly sandbox: Sandbox) {
    this.child = spawn(process.execPath, [join(root, 'dist/bin/pcsh.js'), 'host', '--stdio'], { env: sandbox.env, stdio: ['pipe', 'pipe', 'pipe'] });
    running.add(this.child);
    this.child.on('exit', () => running.delete(this.child));
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      this.lines.push(line);
      const waiter = this.waiting.shift();
      if (waiter) waiter(line); else this.queued.push(line);
    });
  }

  /** Writes one raw line and waits for the next response line. */
  sendLine(line: string): Promise<HostResponse> {
    this.child.stdin.write(`${line}\n`);
    return this.readResponse();
  }

  readResponse(): Promise<HostResponse> {
    const queued = this.queued.shift();
    if (queued !== undefined) return Promise.resolve(JSON.parse(queued) as HostResponse);
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error(`pcsh host exited before answering; stderr: ${this.stderr}`));
      this.child.once('exit', onExit);
      this.waiting.push((line) => { this.child.off('exit', onExit); resolve(JSON.parse(line) as HostResponse); });
    });
  }

  /** The request PcshCmdlet builds for `command` with these bound parameters. */
  request(command: string, parameters: Record<string, unknown>, options: RequestOptions = {}): Record<string, unknown> {
    this.nextId = options.id ?? this.nextId + 1;
    return {
      id: this.nextId,
      command,
      parameterSet: options.parameterSet ?? '__AllParameterSets',
      parameters,
      common: { Verbose: options.verbose ?? false, Debug: options.debug ?? false, ErrorAction: options.errorAction ?? 'Continue', WarningAction: 'Continue' },
      shouldProcessDone: shouldProcessCommands.has(command),
    };
  }

  call(command: string, parameters: Record<string, unknown>, options: RequestOptions = {}): Promise<HostResponse> {
    return this.sendLine(JSON.stringify(this.request(command, parameters, options)));
  }

  /** Closes stdin (what Stop-PcshHost does) and resolves with the exit code. */
  async end(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }
}

async function connectedHost(): Promise<Host> {
  const host = new Host(createSandbox());
  const reply = await host.call('Connect-PartnerCenter', { Environment: 'Emulator' }, { parameterSet: 'User' });
  assert.is(reply.exitCode, 0, JSON.stringify(reply.errors));
  assert.is((reply.output[0] as { Environment: string }).Environment, 'Emulator');
  return host;
}

function success(reply: HostResponse): Record<string, any> {
  assert.equal(reply.errors, [], JSON.stringify(reply.errors));
  assert.is(reply.exitCode, 0);
  assert.is(reply.output.length, 1);
  return reply.output[0] as Record<string, any>;
}

function assertCartShape(cart: Record<string, any>): void {
  for (const key of Object.keys(cart)) assert.ok(cartProperties.includes(key), `PSCart has no property ${key}`);
  assert.match(cart.CartId, /^[0-9a-f-]{36}$/);
  assert.is(cart.Status, 'Active');
  for (const stamp of ['CreationTimestamp', 'ExpirationTimestamp', 'LastModifiedTimestamp']) assert.ok(!Number.isNaN(Date.parse(cart[stamp])), stamp);
  assert.is(Date.parse(cart.ExpirationTimestamp) - Date.parse(cart.CreationTimestamp), 7 * 24 * 3600 * 1000);
  for (const item of cart.LineItems) {
    for (const key of Object.keys(item)) assert.ok(lineItemProperties.includes(key), `PSCartLineItem has no property ${key}`);
  }
}

function requestCount(sandbox: Sandbox): number {
  const log = join(sandbox.dataDir, 'requests.log');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').length : 0;
}

test('the seed lifecycle: New (seed line item) → Get → Set → Add → Submit, PSCart-shaped objects, one process', async () => {
  const host = await connectedHost();
  const pid = host.child.pid;

  const created = success(await host.call('New-PartnerCustomerCart', { CustomerId: customerId, LineItems: [seedLineItem()] }));
  assertCartShape(created);
  assert.is(created.LineItems.length, 1);
  const item = created.LineItems[0];
  assert.is(item.CatalogItemId, 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB');
  assert.is(item.BillingCycle, 'OneTime');
  assert.is(item.Quantity, 10);
  assert.is(item.FriendlyName, 'Sample RI Purchase');
  assert.equal(item.ProvisioningContext, { duration: '1Year', scope: 'shared', subscriptionId });

  const fetched = success(await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId }));
  assertCartShape(fetched);
  assert.equal(fetched.LineItems, created.LineItems);

  // Set: the cart's line item as pwsh holds it (deserialised into PSCartLineItem), changed, sent
  // back. It was read with an OrderGroup, which goes back too (the binder takes it).
  assert.is(typeof fetched.LineItems[0].OrderGroup, 'string');
  const changed = wireLineItem({ ...fetched.LineItems[0], Quantity: 20 });
  const updated = success(await host.call('Set-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId, LineItems: [changed] }));
  assertCartShape(updated);
  assert.is(updated.CartId, created.CartId);
  assert.equal(updated.LineItems.map((l: any) => l.Quantity), [20]);

  const seats = wireLineItem({ BillingCycle: 'Monthly', CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', TermDuration: 'P1M', Quantity: 5 });
  const added = success(await host.call('Add-PartnerCustomerCartLineItem', { CustomerId: customerId, CartId: created.CartId, LineItem: seats }));
  assertCartShape(added);
  assert.equal(added.LineItems.map((l: any) => [l.CatalogItemId, l.Quantity]), [['DG7GMGF0DWTL:0001:DG7GMGF0DSJB', 20], ['CFQ7TTC0LH18:0001:CFQ7TTC0K971', 5]]);

  const result = success(await host.call('Submit-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId }));
  for (const key of Object.keys(result)) assert.ok(['Orders', 'OrderErrors'].includes(key), `PSCartCheckoutResult has no property ${key}`);
  assert.ok(result.Orders.length >= 1);
  assert.equal(result.OrderErrors, []);
  const ordered = result.Orders.flatMap((o: any) => o.LineItems.map((l: any) => [l.OfferId, l.Quantity])).sort();
  assert.equal(ordered, [['CFQ7TTC0LH18:0001:CFQ7TTC0K971', 5], ['DG7GMGF0DWTL:0001:DG7GMGF0DSJB', 20]]);

  assert.is(host.child.pid, pid);
  assert.is(await host.end(), 0);
  for (const line of host.lines) JSON.parse(line); // stdout carries nothing but response lines
});

test('an unknown cart: one error record (errorId, NotFound, message), exitCode 1, no output', async () => {
  const host = await connectedHost();
  const reply = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: 'no-such-cart' }, { id: 41 });
  assert.is(reply.id, 41);
  assert.is(reply.exitCode, 1);
  assert.equal(reply.output, []);
  assert.is(reply.errors.length, 1);
  const [error] = reply.errors;
  assert.is(error!.errorId, 'PartnerCenterError.800008');
  assert.is(error!.category, 'NotFound');
  assert.match(error!.message, /no-such-cart: it does not exist or has expired/);
  assert.is(error!.exitCode, 1);
  // A failed call is a non-terminating error (the original module wrote service failures with WriteError).
  assert.is(error!.terminating, false);
  // The host keeps serving after a failed call.
  const next = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: 'still-none' });
  assert.is(next.exitCode, 1);
  assert.is(await host.end(), 0);
});

test('a validation error: ParameterArgumentValidationError, exitCode 2, terminating, nothing sent to Partner Center', async () => {
  const host = await connectedHost();
  const before = requestCount(host.sandbox);
  const reply = await host.call('New-PartnerCustomerCart', { CustomerId: 'not-a-guid', LineItems: [seedLineItem()] });
  assert.is(reply.exitCode, 2);
  assert.equal(reply.output, []);
  assert.is(reply.errors.length, 1);
  const error = reply.errors[0]!;
  assert.is(error.errorId, 'ParameterArgumentValidationError');
  assert.is(error.category, 'InvalidArgument');
  assert.is(error.exitCode, 2);
  assert.is(error.terminating, true);
  assert.match(error.message, /Cannot validate argument on parameter 'CustomerId'/);
  assert.is(requestCount(host.sandbox), before);

  // A wrongly typed model value and a missing mandatory parameter are binding errors too.
  const badQuantity = await host.call('New-PartnerCustomerCart', { CustomerId: customerId, LineItems: [{ ...seedLineItem(), Quantity: 'ten' }] });
  assert.is(badQuantity.exitCode, 2);
  const missing = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId });
  assert.is(missing.errors[0]!.errorId, 'MissingMandatoryParameter');
  assert.is(missing.exitCode, 2);
  const unknown = await host.call('Get-PartnerThing', {});
  assert.is(unknown.errors[0]!.errorId, 'CommandNotFoundException');
  assert.is(unknown.exitCode, 2);
  assert.is(requestCount(host.sandbox), before);
  assert.is(await host.end(), 0);
});

test('verbose lines come back only when common.Verbose is set; debug only with common.Debug', async () => {
  const host = await connectedHost();
  const created = success(await host.call('New-PartnerCustomerCart', { CustomerId: customerId, LineItems: [seedLineItem()] }));
  const quiet = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId });
  assert.equal(quiet.streams, { verbose: [], debug: [], warning: [] });
  const loud = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId }, { verbose: true });
  assert.is(loud.exitCode, 0);
  assert.ok(loud.streams.verbose.some((l) => /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/customers\/.+ → HTTP 200/.test(l)), loud.streams.verbose.join('\n'));
  assert.equal(loud.streams.debug, []);
  const quietAgain = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId });
  assert.equal(quietAgain.streams.verbose, []);
  // Streams never leak onto the host's own stdout or stderr.
  assert.is(host.stderr, '');
  assert.is(await host.end(), 0);
});

test('one embedded emulator serves every call of a host: -Verbose reports it once, later calls use the same port', async () => {
  const host = await connectedHost();
  const first = await host.call('New-PartnerCustomerCart', { CustomerId: customerId, LineItems: [seedLineItem()] }, { verbose: true });
  const created = success(first);
  const started = first.streams.verbose.filter((l) => l.startsWith('Embedded Partner Center emulator listening on '));
  assert.is(started.length, 1, first.streams.verbose.join('\n'));
  const url = started[0]!.slice('Embedded Partner Center emulator listening on '.length);
  for (let i = 0; i < 2; i++) {
    const again = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId }, { verbose: true });
    assert.is(again.exitCode, 0);
    assert.not.ok(again.streams.verbose.some((l) => l.startsWith('Embedded Partner Center emulator')), again.streams.verbose.join('\n'));
    assert.ok(again.streams.verbose.some((l) => l.startsWith(`GET ${url}/v1/customers/`)), again.streams.verbose.join('\n'));
  }
  // The emulator closes with the host: EOF still ends it.
  assert.is(await host.end(), 0);
});

test('a PSCredential travels as {UserName, Password} over stdin and the secret is neither echoed nor stored', async () => {
  const host = new Host(createSandbox());
  const secret = 'pc-secret-9f8e7d6c5b4a';
  const reply = await host.call('Connect-PartnerCenter', {
    Credential: { UserName: 'app-id', Password: secret }, ServicePrincipal: true, Tenant: 'contoso.onmicrosoft.com', Environment: 'Emulator',
  }, { parameterSet: 'ServicePrincipal', verbose: true, debug: true });
  const context = success(reply);
  assert.is(context.Environment, 'Emulator');
  assert.is(context.Tenant, 'contoso.onmicrosoft.com');
  assert.is(await host.end(), 0);
  assert.not.ok(host.lines.join('\n').includes(secret));
  assert.not.ok(host.stderr.includes(secret));
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]);
  for (const file of walk(host.sandbox.configDir)) assert.not.ok(readFileSync(file, 'utf8').includes(secret), file);
});

test('malformed lines are answered (id null or echoed) and the host keeps serving', async () => {
  const host = await connectedHost();
  const garbage = await host.sendLine('{"id": 3, "command": ');
  assert.is(garbage.id, null);
  assert.is(garbage.errors[0]!.errorId, 'HostRequestNotJson');
  assert.is(garbage.exitCode, 2);
  const noCommand = await host.sendLine('{"id": 8}');
  assert.is(noCommand.id, 8);
  assert.is(noCommand.errors[0]!.errorId, 'HostRequestInvalid');
  host.child.stdin.write('\n   \n'); // blank lines are skipped, not answered
  const next = await host.call('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: 'x' }, { id: 77 });
  assert.is(next.id, 77);
  assert.is(next.errors[0]!.errorId, 'PartnerCenterError.800008');
  assert.is(await host.end(), 0);
  assert.is(host.lines.length, 4); // connect + three answers: none for the blank lines
});

test('200 calls in a loop through one host process all succeed, answered in order', async () => {
  const host = await connectedHost();
  const created = success(await host.call('New-PartnerCustomerCart', { CustomerId: customerId, LineItems: [seedLineItem()] }));
  const pid = host.child.pid;
  for (let i = 0; i < 200; i++) {
    const request = host.request('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: created.CartId });
    const reply = await host.sendLine(JSON.stringify(request));
    assert.is(reply.id, request.id);
    assert.is(success(reply).CartId, created.CartId);
  }
  assert.is(host.child.pid, pid);
  assert.is(host.child.exitCode, null);
  assert.is(await host.end(), 0);
  assert.is(host.lines.length, 202);
});

test('requests written back to back (pipelined) are answered one at a time in order', async () => {
  const host = await connectedHost();
  const ids = [10, 11, 12, 13, 14];
  host.child.stdin.write(ids.map((id) => JSON.stringify(host.request('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: `c${id}` }, { id }))).join('\n') + '\n');
  const replies: HostResponse[] = [];
  for (const _ of ids) replies.push(await host.readResponse());
  assert.equal(replies.map((r) => r.id), ids);
  assert.ok(replies.every((r, i) => r.errors[0]!.message.includes(`c${ids[i]}`)));
  assert.is(await host.end(), 0);
});

test('EOF on stdin ends the host with exit code 0, including before any request and mid-session', async () => {
  const idle = new Host(createSandbox());
  assert.is(await idle.end(), 0);
  assert.equal(idle.lines, []);
  assert.is(idle.stderr, '');
  const busy = await connectedHost();
  // The last request's answer is still written before the process exits.
  busy.child.stdin.end(`${JSON.stringify(busy.request('Get-PartnerCustomerCart', { CustomerId: customerId, CartId: 'last' }, { id: 500 }))}\n`);
  assert.is(await busy.exited, 0);
  assert.is(busy.lines.length, 2);
  assert.is((JSON.parse(busy.lines[1]!) as HostResponse).id, 500);
});

test.run();
