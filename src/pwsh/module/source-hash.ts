/**
 * The assembly's cache key part that the generator fixes: the first 32 hex digits of the SHA-256 of
 * the generated C# (UTF-8, no BOM). The .psm1 carries it as a literal (nothing to hash at import)
 * and the build names the prebuilt bin/<hash>/ folder with it (the user cache adds the pwsh version).
 *
 * @module
 */
import { createHash } from 'node:crypto';

export function assemblySourceHash(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 32);
}
