/**
 * What the shells need beside the commands: the completion scripts (dist/completion/pcsh.bash,
 * .zsh, .fish, from src/shell/templates) and a man page per command plus pcsh(1)
 * (dist/man/man1/*.1), all from the registry, and the matching package.json "man" list so that
 * `npm install -g` installs the pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';
import type { Registry } from '../../src/registry/model.ts';
import { COMPLETION_SHELL_NAMES, completionFileName, fillCompletionTemplate } from '../../src/shell/completion-script.ts';
import { renderManPage, type ManPageInfo } from '../../src/help/man/man-page.ts';
import { renderPcshManPage } from '../../src/help/man/pcsh-man-page.ts';

function writeCompletionScripts(root: string, registry: Registry): void {
  for (const shell of COMPLETION_SHELL_NAMES) {
    const template = readFileSync(join(root, 'src/shell/templates', completionFileName(shell)), 'utf8');
    writeFileAtomic(join(root, 'dist/completion', completionFileName(shell)), fillCompletionTemplate(template, registry));
  }
}

/** The footer date: SOURCE_DATE_EPOCH, else the last commit's date, else today (a build from a tarball). */
function manDate(root: string, env = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  let date = new Date();
  if (Number.isFinite(epoch) && epoch > 0) date = new Date(epoch * 1000);
  else {
    try {
      date = new Date(execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      // not a git checkout: today
    }
  }
  // The form man pages print and mandoc parses: "November 23, 2026".
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Writes every page; returns the package.json "man" list, pcsh first. */
function writeManPages(root: string, registry: Registry, info: ManPageInfo): string[] {
  const dir = join(root, 'dist/man/man1');
  rmSync(dir, { recursive: true, force: true }); // pages of removed cmdlets must not linger
  const pages: [string, string][] = [
    ['pcsh', renderPcshManPage(registry, info)],
    ...registry.cmdlets.map((c): [string, string] => [c.name, renderManPage(c, info)]),
  ];
  for (const [name, text] of pages) writeFileAtomic(join(dir, `${name}.1`), text);
  return pages.map(([name]) => `dist/man/man1/${name}.1`);
}

export function generateShellFilesStep(root: string): void {
  const registry = JSON.parse(readFileSync(join(root, 'dist/registry.json'), 'utf8')) as Registry;
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string; man?: string[] };
  writeCompletionScripts(root, registry);
  const man = writeManPages(root, registry, { source: `pcsh ${pkg.version}`, date: manDate(root) });
  if (JSON.stringify(pkg.man) !== JSON.stringify(man)) {
    pkg.man = man;
    writeFileAtomic(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  }
}
