/**
 * The cmdlets the binder tests bind against: the real registry, built from help/ and the cmdlet
 * metadata exactly as `npm run build` does, so binding follows the docs.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { CmdletInfo } from '../../src/registry/model.ts';
import { realRegistry } from '../fixtures/real-registry.ts';
import type { BinderIo } from '../../src/binder/index.ts';

const root = new URL('../..', import.meta.url).pathname;

export function loadCmdlets(): Map<string, CmdletInfo> {
  return new Map(realRegistry().cmdlets.map((c) => [c.name.toLowerCase(), c]));
}

export function cmdlet(cmdlets: Map<string, CmdletInfo>, name: string): CmdletInfo {
  const found = cmdlets.get(name.toLowerCase());
  if (!found) throw new Error(`no cmdlet ${name} in help/`);
  return found;
}

export const DATA_DIR = join(root, 'test', 'binder', 'data');

/** Files under test/binder/data; stdin holds one line item as JSON. */
export const testIo: BinderIo = {
  cwd: DATA_DIR,
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => '{"CatalogItemId":"STDIN:0001:0001","Quantity":3,"BillingCycle":"Monthly"}',
};
