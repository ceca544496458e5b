/**
 * Exact-text golden tests of Get-Help at width 80, from the real help pages.
 * UPDATE_GOLDEN=1 rewrites the files; read every rewritten file against PowerShell's layout
 * before committing it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHelp, type HelpView } from '../../src/help/index.ts';
import { loadCmdlet } from './load-pages.ts';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

const cases: { cmdlet: string; file: string; view: HelpView }[] = [];
for (const cmdlet of ['New-PartnerCustomerCart', 'Connect-PartnerCenter']) {
  for (const kind of ['default', 'detailed', 'full', 'examples'] as const) {
    cases.push({ cmdlet, file: `${cmdlet}.${kind}.txt`, view: { kind } });
  }
}
cases.push({ cmdlet: 'New-PartnerCustomerCart', file: 'New-PartnerCustomerCart.parameter-CustomerId.txt', view: { kind: 'parameter', name: 'CustomerId' } });
cases.push({ cmdlet: 'Connect-PartnerCenter', file: 'Connect-PartnerCenter.parameter-Tenant.txt', view: { kind: 'parameter', name: 'tenant' } });
cases.push({ cmdlet: 'Connect-PartnerCenter', file: 'Connect-PartnerCenter.parameter-U-star.txt', view: { kind: 'parameter', name: 'U*' } });

for (const c of cases) {
  test(`golden ${c.file}`, () => {
    const text = renderHelp(loadCmdlet(c.cmdlet), c.view, { width: 80 });
    const path = GOLDEN_DIR + c.file;
    if (update) writeFileSync(path, text);
    assert.ok(existsSync(path), `missing golden ${c.file}: run with UPDATE_GOLDEN=1 and review it`);
    assert.fixture(text, readFileSync(path, 'utf8'));
  });
}

test('no line of any golden view is longer than 79 columns', () => {
  for (const c of cases) {
    const text = renderHelp(loadCmdlet(c.cmdlet), c.view, { width: 80 });
    for (const line of text.split('\n')) assert.ok(line.length <= 79, `${c.file}: ${line}`);
    assert.not.match(text, / \n/, `${c.file} has trailing spaces`);
  }
});

test.run();
