/**
 * The package as a user has it: `npm pack` this checkout, then `npm install` the tarball into a
 * temporary prefix. Start-up is measured there, not in the checkout, because the two differ where
 * it counts: npm resets file modification times on install and ships no help/ folder, so the
 * registry checks take other paths than they do beside the sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function npm(args: string[], cwd: string): void {
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}): ${result.stderr.trim().split('\n').slice(-5).join(' / ')}`);
}

/** Packs `root` (its prepack builds it) and installs the tarball; returns the installed package's folder. */
export function installPackedCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-bench-installed-'));
  npm(['pack', '--silent', '--pack-destination', dir], root);
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball in ${dir}`);
  const prefix = join(dir, 'prefix');
  npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], dir);
  return process.platform === 'win32' ? join(prefix, 'node_modules', 'pcsh') : join(prefix, 'lib', 'node_modules', 'pcsh');
}
