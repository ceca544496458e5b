/** The project's own help/ pages and cmdlet metadata build a clean registry (what `npm run build` does). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { buildRegistry } from '../../src/registry/build.ts';
import { formatDiagnostic } from '../../src/registry/diagnostics.ts';
import { readHelpDir } from '../../src/registry/read-help-dir.ts';
import { cmdletMetadata } from '../../src/cmdlets/metadata.ts';
import { buildCorpusOnce } from '../../scripts/build/build-registry.ts';
import { FIXTURES, ROOT } from './fixtures.ts';

test('help/ with src/cmdlets metadata: no diagnostics, every metadata entry has a page', () => {
  const { registry, diagnostics } = buildRegistry(readHelpDir(join(ROOT, 'help')), cmdletMetadata, { requirePageForMetadata: true });
  assert.equal(diagnostics.map(formatDiagnostic), []);
  assert.equal(registry.cmdlets.map((c) => c.name).sort(), cmdletMetadata.map((m) => m.name).sort());
  const cart = registry.cmdlets.find((c) => c.name === 'New-PartnerCustomerCart');
  assert.ok(cart?.supportsShouldProcess);
  assert.ok(cart?.parameters.find((p) => p.name === 'CustomerId')?.validation.pattern);
});

test('buildCorpusOnce times one build of a folder', () => {
  const timing = buildCorpusOnce(FIXTURES);
  assert.ok(timing.files > 10 && timing.cmdlets > 5 && timing.diagnostics > 0);
  assert.ok(timing.milliseconds > 0 && timing.filesPerSecond > 0);
});

test.run();
