/**
 * npm's prepack/postpack hooks. The published package must not carry `prepare`: npm reports a
 * tarball's `prepare` as an install script the user has to review, and an installed pcsh needs no
 * build (dist/ is in the tarball). So prepack builds, then takes `prepare` out of package.json;
 * postpack puts it back, so `npm ci` in a clone still builds everything.
 *   tsx scripts/pack/manifest.ts prepack|postpack
 * PCSH_PACK_BUILT=1 skips the build in prepack when dist/ was just built (the install test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';

const root = new URL('../..', import.meta.url).pathname;
/** What `prepare` runs in a clone; postpack restores exactly this. */
export const PREPARE_SCRIPT = 'tsx scripts/build.ts';

type Manifest = { scripts: Record<string, string> };

/** The scripts without `prepare`, or with it right after `build` (where the clone keeps it). */
export function withPrepare(scripts: Record<string, string>, present: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, command] of Object.entries(scripts)) {
    if (name === 'prepare') continue;
    out[name] = command;
    if (present && name === 'build') out.prepare = PREPARE_SCRIPT;
  }
  if (present && !('prepare' in out)) out.prepare = PREPARE_SCRIPT;
  return out;
}

function rewrite(present: boolean): void {
  const path = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  pkg.scripts = withPrepare(pkg.scripts, present);
  writeFileAtomic(path, JSON.stringify(pkg, null, 2) + '\n');
}

const step = process.argv[2];
if (step === 'prepack') {
  if (process.env.PCSH_PACK_BUILT !== '1') await import('../build.ts');
  rewrite(false);
} else if (step === 'postpack') {
  rewrite(true);
} else if (step !== undefined) {
  process.stderr.write(`manifest.ts: unknown step '${step}' (prepack or postpack)\n`);
  process.exitCode = 2;
}
