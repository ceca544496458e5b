/**
 * Writes generated module files under a folder, each atomically (temp file + rename), and
 * removes nothing else. Text is written as UTF-8 with a BOM for .ps1/.psm1/.psd1 so Windows
 * PowerShell-era tools read non-ASCII help text correctly; pwsh 7 reads both.
 *
 * @module
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../core/write-file-atomic.ts';

const BOM = '\uFEFF';

/** The bytes written for one file: script files get a UTF-8 BOM. */
function fileBytes(path: string, content: string): string {
  return /\.(ps1|psm1|psd1)$/i.test(path) ? BOM + content : content;
}

/** Writes every file; returns the absolute paths written, in order. */
export function writePwshModule(files: Map<string, string>, outDir: string): string[] {
  const written: string[] = [];
  for (const [relative, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (relative.split('/').some((part) => part === '..' || part === '')) throw new Error(`Refusing to write outside the module folder: ${relative}`);
    const target = join(outDir, ...relative.split('/'));
    writeFileAtomic(target, fileBytes(relative, content));
    written.push(target);
  }
  return written;
}
