/**
 * The persistent host's registry in memory (src/runtime/registry-cache.ts): checked once, answered
 * from memory while its files are unchanged, re-checked (and refused, as on the CLI) after a hand
 * edit or a help page change, and loaded again once the files are right.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistryCache } from '../../src/runtime/registry-cache.ts';
import { createPwshHostCall } from '../../src/runtime/pwsh-host-call.ts';
import { errorIdOf } from '../fixtures/error-id.ts';
import type { RuntimeEnvironment } from '../../src/runtime/environment.ts';
import type { HostRequest } from '../../src/pwsh/host/protocol.ts';

const repo = new URL('../..', import.meta.url).pathname;

/** A package root with the built registry (and its stamp) and the help pages it was built from. */
function packageRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'pcsh-registry-cache-'));
  cpSync(join(repo, 'help'), join(root, 'help'), { recursive: true, preserveTimestamps: true });
  cpSync(join(repo, 'dist/registry.json'), join(root, 'dist/registry.json'), { preserveTimestamps: true });
  cpSync(join(repo, 'dist/registry.json.verified'), join(root, 'dist/registry.json.verified'), { preserveTimestamps: true });
  return root;
}

test('unchanged files: the same checked registry object is answered again', () => {
  const load = createRegistryCache(packageRoot());
  const first = load();
  assert.ok(first.cmdlets.length > 0);
  assert.is(load(), first);
});

test('a hand edit of the registry is refused on the next call, and a restored file loads again', () => {
  const root = packageRoot();
  const path = join(root, 'dist/registry.json');
  const load = createRegistryCache(root);
  const first = load();
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, original.replace('"PartnerCenter"', '"PartnerCentex"'));
  assert.is(errorIdOf(load), 'RegistryModified');
  writeFileSync(path, original);
  const reloaded = load();
  assert.is.not(reloaded, first);
  assert.equal(reloaded.cmdlets.map((c) => c.name), first.cmdlets.map((c) => c.name));
});

test('a changed help page makes the registry stale on the next call', () => {
  const root = packageRoot();
  const load = createRegistryCache(root);
  load();
  const page = join(root, 'help/New-PartnerCustomerCart.md');
  writeFileSync(page, `${readFileSync(page, 'utf8')}\nEdited after the build.\n`);
  const later = new Date(Date.now() + 5_000);
  utimesSync(page, later, later);
  assert.is(errorIdOf(load), 'RegistryStale');
});

test('through the host: a request after a hand edit answers RegistryModified with exit code 3', async () => {
  const root = packageRoot();
  const environment = { root, cwd: root, env: {}, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, version: '0.0.0' } as unknown as RuntimeEnvironment;
  const invoke = createPwshHostCall(environment);
  const request: HostRequest = {
    id: 1, command: 'Get-PartnerCustomerCart', parameterSet: '', parameters: { CustomerId: 'not-a-guid', CartId: 'x' },
    common: { Verbose: false, Debug: false, ErrorAction: 'Continue', WarningAction: 'Continue' }, shouldProcessDone: false,
  };
  const before = await invoke(request);
  assert.is(before.exitCode, 2, JSON.stringify(before.errors));
  const path = join(root, 'dist/registry.json');
  writeFileSync(path, readFileSync(path, 'utf8').replace('"PartnerCenter"', '"PartnerCentex"'));
  const after = await invoke({ ...request, id: 2 });
  assert.is(after.exitCode, 3);
  assert.is((after.errors[0] as { errorId?: string }).errorId, 'RegistryModified');
});

test.run();
