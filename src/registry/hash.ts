/**
 * The registry's two stamps, shared by the build and the run-time loader.
 *
 * Every cmdlet call verifies them, so they are cheap to compute: a 64-bit non-cryptographic hash
 * (cyrb53's mixing, widened to two 32-bit lanes) in plain JavaScript. They detect a stale or
 * hand-edited registry, not an attacker; avoiding node:crypto saves 6–9 ms of start-up.
 *
 * sourceHash: over the help files sorted by name (UTF-16 code-unit order); for each file its
 *   `name`, a NUL, the decimal length of its text, a NUL, then its text. The length makes the
 *   concatenation unambiguous.
 * contentHash: over JSON.stringify({ module, cmdlets }) — whitespace-insensitive, so reformatting
 *   the file keeps the hash; changing any value (or reordering keys) breaks it.
 *
 * @module
 */
import type { CmdletInfo, ModuleInfo } from './model.ts';

export interface SourceFile {
  name: string;
  text: string;
}

/** 64-bit hash of the concatenation of `parts` (UTF-16 code units), as 16 hex digits. */
export function hash64(parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const unit = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ unit, 2654435761);
      h2 = Math.imul(h2 ^ unit, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function hashSources(files: readonly SourceFile[]): string {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return hash64(sorted.flatMap((file) => [file.name, '\0', String(file.text.length), '\0', file.text]));
}

export function hashContent(content: { module: ModuleInfo | null; cmdlets: readonly CmdletInfo[] }): string {
  return hash64([JSON.stringify({ module: content.module, cmdlets: content.cmdlets })]);
}
