/** Registry build: deterministic stamps, metadata merge, schema; the loader's refusals. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRegistry, serializeRegistry } from '../../src/registry/build.ts';
import { hashContent, hashSources, hash64 } from '../../src/registry/hash.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import { validateRegistry } from '../../src/registry/validate-registry.ts';
import { REGISTRY_SCHEMA_VERSION } from '../../src/registry/model.ts';
import { PcshError, ExitCode } from '../../src/core/error-record.ts';
import { FIXTURES, ROOT, fixtureText } from './fixtures.ts';

const NAMES = ['should-process.md', 'required-per-set.md', 'module-page.md', 'positional-parameters.md'];
const files = () => NAMES.map((name) => ({ name, text: fixtureText(name) }));
const METADATA = [
  { name: 'set-widget', confirmImpact: 'High' as const, shouldProcessTarget: 'Changes {Name}.', validation: { name: { pattern: '^w' } } },
];

test('the same input gives the same bytes, whatever the file order', () => {
  const a = serializeRegistry(buildRegistry(files(), METADATA).registry);
  const b = serializeRegistry(buildRegistry(files().reverse(), METADATA).registry);
  assert.is(a, b);
  assert.not.ok(/\d{4}-\d{2}-\d{2}T/.test(a), 'no timestamps');
});

test('cmdlets are sorted by name and metadata is merged case-insensitively', () => {
  const { registry } = buildRegistry(files(), METADATA);
  assert.equal(registry.cmdlets.map((c) => c.name), ['Copy-Widget', 'Find-Widget', 'Set-Widget']);
  const set = registry.cmdlets[2];
  assert.equal([set?.confirmImpact, set?.shouldProcessTarget], ['High', 'Changes {Name}.']);
  assert.equal(set?.parameters[0]?.validation, { pattern: '^w' });
  assert.equal(registry.cmdlets[0]?.confirmImpact, 'Medium');
  assert.is(registry.cmdlets[0]?.shouldProcessTarget, null);
});

test('metadata naming an unknown parameter or page is reported', () => {
  const metadata = [{ name: 'Copy-Widget', validation: { Nope: { notNull: true } }, shouldProcessTarget: 'Copies {Missing}.' }, { name: 'Get-Nothing' }];
  const ids = (require: boolean) => buildRegistry(files(), metadata, { requirePageForMetadata: require }).diagnostics.map((d) => d.id);
  // Sorted by file: module-page.md, then positional-parameters.md (Copy-Widget).
  assert.equal(ids(false), ['module-page-missing-cmdlet', 'module-page-missing-cmdlet', 'module-page-unknown-cmdlet', 'metadata-unknown-parameter', 'metadata-unknown-parameter']);
  assert.ok(ids(true).includes('metadata-without-page'));
});

test('stamps: schema version, source hash over names and bytes, content hash over canonical JSON', () => {
  const { registry } = buildRegistry(files(), []);
  assert.is(registry.schemaVersion, REGISTRY_SCHEMA_VERSION);
  assert.is(registry.sourceHash, hashSources(files()));
  assert.is(registry.contentHash, hashContent(registry));
  assert.is.not(hashSources([{ name: 'a.md', text: 'bc' }]), hashSources([{ name: 'a.mdb', text: 'c' }]));
  assert.match(hash64(['']), /^[0-9a-f]{16}$/);
  assert.is.not(hash64(['ab']), hash64(['ba']));
  assert.is(hash64(['a', 'b']), hash64(['ab']));
});

test('the schema pins the model version', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'src/registry/schemas/registry.schema.json'), 'utf8'));
  assert.is(schema.properties.schemaVersion.const, REGISTRY_SCHEMA_VERSION);
});

test('the generated schema validator rejects a registry of the wrong shape', () => {
  const { registry } = buildRegistry(files(), []);
  assert.equal(validateRegistry(registry), []);
  const cmdlet = { ...registry.cmdlets[0], confirmImpact: 'Sometimes', parameters: [{ name: 'X' }] };
  const messages = validateRegistry({ ...registry, cmdlets: [cmdlet] }).map((d) => `${d.id} ${d.message}`);
  assert.ok(messages.includes("registry-schema /cmdlets/0/parameters/0 must have required property 'type'."), messages.join('\n'));
  assert.ok(messages.includes('registry-schema /cmdlets/0/confirmImpact must be equal to one of the allowed values.'));
});

/** A source checkout in a temp folder: help/ with the fixtures, dist/registry.json built from it. */
function checkout(): { help: string; registryPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-registry-'));
  const help = join(dir, 'help');
  mkdirSync(help);
  for (const name of NAMES) copyFileSync(join(FIXTURES, name), join(help, name));
  const registryPath = join(dir, 'registry.json');
  writeFileSync(registryPath, serializeRegistry(buildRegistry(files(), []).registry));
  return { help, registryPath };
}

function refusal(run: () => unknown): PcshError {
  try {
    run();
  } catch (error) {
    if (error instanceof PcshError) return error;
    throw error;
  }
  throw new Error('expected the loader to refuse');
}

test('loads a fresh registry, with or without its help folder', () => {
  const { help, registryPath } = checkout();
  assert.is(loadRegistry(registryPath, { helpDir: help }).cmdlets.length, 3);
  assert.is(loadRegistry(registryPath, { helpDir: join(help, 'absent') }).cmdlets.length, 3);
  assert.is(loadRegistry(registryPath, {}).cmdlets.length, 3);
});

test('reformatting the JSON keeps it loadable', () => {
  const { registryPath } = checkout();
  writeFileSync(registryPath, JSON.stringify(JSON.parse(readFileSync(registryPath, 'utf8'))));
  assert.is(loadRegistry(registryPath, {}).cmdlets.length, 3);
});

const refusals: [what: string, spoil: (paths: { help: string; registryPath: string }) => void, errorId: string][] = [
  ['a hand edit', ({ registryPath }) => writeFileSync(registryPath, readFileSync(registryPath, 'utf8').replace('"Medium"', '"High"')), 'RegistryModified'],
  ['a damaged file', ({ registryPath }) => writeFileSync(registryPath, '{"schemaVersion": 1, "cm'), 'RegistryModified'],
  ['another schema version', ({ registryPath }) => writeFileSync(registryPath, readFileSync(registryPath, 'utf8').replace(`"schemaVersion": ${REGISTRY_SCHEMA_VERSION}`, '"schemaVersion": 999')), 'RegistryVersionMismatch'],
  ['a changed help file', ({ help }) => writeFileSync(join(help, 'should-process.md'), `${fixtureText('should-process.md')}\n`), 'RegistryStale'],
  ['a new help file', ({ help }) => writeFileSync(join(help, 'extra.md'), fixtureText('applicable-key.md')), 'RegistryStale'],
  ['a missing file', ({ registryPath }) => writeFileSync(registryPath, '') , 'RegistryModified'],
];

for (const [what, spoil, errorId] of refusals) {
  test(`refuses ${what} (${errorId}) with exit code 3 and the fix`, () => {
    const paths = checkout();
    spoil(paths);
    const error = refusal(() => loadRegistry(paths.registryPath, { helpDir: paths.help }));
    assert.equal([error.errorId, error.exitCode], [errorId, ExitCode.Registry]);
    assert.ok(error.message.endsWith('Run "npm run build" to regenerate it.'), error.message);
  });
}

test('a missing registry is refused; a custom rebuild command is named', () => {
  const error = refusal(() => loadRegistry(join(tmpdir(), 'no-such-registry.json'), { rebuildCommand: 'pcsh registry build --help-dir h --out r.json' }));
  assert.is(error.errorId, 'RegistryMissing');
  assert.ok(error.message.endsWith('Run "pcsh registry build --help-dir h --out r.json" to regenerate it.'));
});

test.run();
