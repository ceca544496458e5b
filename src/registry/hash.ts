/**
 * The registry's two stamps, shared by the build and the run-time loader.
 *
 * Every cmdlet call verifies them, so they are cheap to compute: a 64-bit non-cryptographic hash
 * (cyrb53's mixing, widened to two 32-bit lanes). They detect a stale or
 * hand-edited registry, not an attacker; avoiding node:crypto saves 6–9 ms of start-up.
 *
 * sourceHash: over the help files sorted by name (UTF-16 code-unit order); for each file its
 *   `name`, a NUL, the decimal length of its text, a NUL, then its text. The length makes the
 *   concatenation unambiguous.
 * contentHash: the same mixing over the UTF-8 bytes of JSON.stringify({ module, cmdlets }), its loop
 *   in WebAssembly (byte-lanes.ts: checked on every call) — whitespace-insensitive, so reformatting
 *   the file keeps the hash; changing any value (or reordering keys) breaks it.
 *
 * @module
 */
import type { ModuleInfo } from './model.ts';
import { byteLanes } from './byte-lanes.ts';

export interface SourceFile {
  name: string;
  text: string;
}

export interface Hash64 {
  /** Adds the UTF-16 code units of `part` to the hash. */
  update(part: string): void;
  /** 16 hex digits. */
  digest(): string;
}

/** An incremental hash64: parts can be added one at a time (a file at a time, then dropped). */
export function createHash64(): Hash64 {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  return {
    update(part) {
      // Locals in the loop: V8 keeps them in registers, not in the closure's context.
      let a = h1;
      let b = h2;
      for (let i = 0; i < part.length; i++) {
        const unit = part.charCodeAt(i);
        a = Math.imul(a ^ unit, 2654435761);
        b = Math.imul(b ^ unit, 1597334677);
      }
      h1 = a;
      h2 = b;
    },
    digest: () => finish(h1, h2),
  };
}

/** The final mix of the two lanes, as 16 hex digits. */
function finish(h1: number, h2: number): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0');
}

/** 64-bit hash of the concatenation of `parts` (UTF-16 code units), as 16 hex digits. */
export function hash64(parts: readonly string[]): string {
  const hash = createHash64();
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** Adds one source file to a sourceHash in progress; files must come sorted by name (see hashSources). */
export function addSource(hash: Hash64, file: SourceFile): void {
  hash.update(file.name);
  hash.update('\0');
  hash.update(String(file.text.length));
  hash.update('\0');
  hash.update(file.text);
}

export function hashSources(files: readonly SourceFile[]): string {
  const hash = createHash64();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) addSource(hash, file);
  return hash.digest();
}

export function hashContent(content: { module: ModuleInfo | null; cmdlets: readonly object[] }): string {
  return finish(...byteLanes(JSON.stringify({ module: content.module, cmdlets: content.cmdlets })));
}
