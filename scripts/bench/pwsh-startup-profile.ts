/**
 * pwsh's start-up profile, kept apart per bench case. At exit pwsh records the methods it JIT-compiled
 * in $XDG_CACHE_HOME/powershell/StartupProfileData-NonInteractive, and the next pwsh start replays that
 * list on a background thread (.NET multicore JIT). With one shared file, each case ran after whatever
 * the case before it had recorded: after the trivial Add-Type the file holds Roslyn's methods (~150 KB
 * instead of ~60 KB), and the next import paid for compiling them again, on a 2-core machine ~200-500 ms.
 * That is what made "warm user cache" (run right after Add-Type) look ~230 ms slower than "as built".
 *
 * So each case gets its own XDG_CACHE_HOME. A case a user repeats (bare pwsh, a warm import) keeps its
 * own profile from round to round; a one-time case (a first import, a compile, the trivial Add-Type)
 * starts every run from the profile bare pwsh leaves, as after an ordinary session.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PROFILE = join('powershell', 'StartupProfileData-NonInteractive');

export interface StartupProfiles {
  /** The environment for one run of a case (its own XDG_CACHE_HOME, seeded first for a one-time case). */
  envFor(caseName: string, kind: 'repeated' | 'one-time'): NodeJS.ProcessEnv;
}

export function startupProfiles(root: string, bareCase: string): StartupProfiles {
  const home = (caseName: string) => join(root, caseName.replace(/[^A-Za-z0-9]+/g, '-'));
  return {
    envFor(caseName, kind) {
      const dir = home(caseName);
      if (kind === 'one-time') {
        rmSync(join(dir, PROFILE), { force: true });
        const bare = join(home(bareCase), PROFILE);
        if (existsSync(bare)) {
          mkdirSync(join(dir, 'powershell'), { recursive: true });
          copyFileSync(bare, join(dir, PROFILE));
        }
      }
      return { XDG_CACHE_HOME: dir };
    },
  };
}
