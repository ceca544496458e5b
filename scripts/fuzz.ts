/**
 * `npm run fuzz`: the CI fuzz properties (test/fuzz/inputs.test.ts) run longer, with a new seed
 * each time unless FUZZ_SEED is set; the seed is printed so a failure can be replayed.
 * FUZZ_SCALE multiplies the CI run counts (default 20: about 400,000 inputs).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const scale = process.env.FUZZ_SCALE ?? '20';
process.stdout.write(`fuzz: seed ${seed}, scale ${scale} (replay with FUZZ_SEED=${seed} FUZZ_SCALE=${scale} npm run fuzz)\n`);
const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/fuzz/inputs.test.ts'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_SCALE: scale },
});
process.exit(result.status ?? 1);
