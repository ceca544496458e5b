/**
 * Get-Help -Online: the address of a cmdlet's online help, from the `online version` front matter
 * (platyPS's source of the "Online Version:" link), else the first absolute related link.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';

const HTTP_URI = /^https?:\/\/\S+$/i;

/** The http(s) address to open or print, or null when the help names none. */
export function onlineUri(cmdlet: CmdletInfo): string | null {
  const candidates = [cmdlet.onlineVersion, ...cmdlet.relatedLinks.map((l) => l.uri)];
  for (const uri of candidates) {
    const trimmed = uri?.trim();
    if (trimmed && HTTP_URI.test(trimmed)) return trimmed;
  }
  return null;
}
