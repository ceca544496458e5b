/**
 * `<registry>.verified`: the size and modification time of the registry file as the build wrote
 * it. While they still match, the file is byte-for-byte what the build produced, so the loader can
 * skip re-hashing its content (~10 ms of every cmdlet call's start-up). Any edit changes the
 * modification time, and the loader then checks the content hash as usual. Local build state
 * only: the registry itself stays free of timestamps.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { writeFileAtomic } from '../core/write-file-atomic.ts';

function stampOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}`;
}

export function writeVerifiedStamp(registryPath: string): void {
  writeFileAtomic(`${registryPath}.verified`, stampOf(statSync(registryPath)));
}

export function isVerifiedAsBuilt(registryPath: string): boolean {
  try {
    return readFileSync(`${registryPath}.verified`, 'utf8') === stampOf(statSync(registryPath));
  } catch {
    return false;
  }
}
