/**
 * PowerShell wildcard patterns as Get-Help -Parameter and Get-Command use them: `*` any run of
 * characters, `?` exactly one, `[abc]` / `[a-z]` one of a set, a backtick escapes the next
 * character; matching ignores case and covers the whole name.
 *
 * @module
 */

/** True when the text contains an unescaped wildcard character. */
export function hasWildcard(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '`') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Translates a `[...]` set starting at `start`; returns the regexp text and the index after `]`. */
function translateSet(pattern: string, start: number): { source: string; next: number } | null {
  const end = pattern.indexOf(']', start + 1);
  if (end < 0) return null;
  const body = pattern.slice(start + 1, end);
  const source = body.replace(/[\\^\]]/g, (c) => `\\${c}`);
  return { source: `[${source}]`, next: end + 1 };
}

/** Compiles a wildcard pattern into an anchored, case-insensitive regular expression. */
function wildcardToRegExp(pattern: string): RegExp {
  let source = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === '`' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[i + 1] as string);
      i += 2;
      continue;
    }
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else if (ch === '[') {
      const set = translateSet(pattern, i);
      if (set) {
        source += set.source;
        i = set.next;
        continue;
      }
      source += '\\[';
    } else source += escapeRegExp(ch);
    i++;
  }
  return new RegExp(`^${source}$`, 'is');
}

/** Whether `text` matches the wildcard `pattern` (case-insensitive, whole text). */
export function matchesWildcard(text: string, pattern: string): boolean {
  return wildcardToRegExp(pattern).test(text);
}
