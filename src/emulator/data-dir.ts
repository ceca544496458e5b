/**
 * Where the emulator keeps its state: PCSH_EMULATOR_DATA, else
 * `%LOCALAPPDATA%\pcsh\emulator` on Windows, else `$XDG_DATA_HOME/pcsh/emulator`, else
 * `~/.local/share/pcsh/emulator`.
 */
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

export function defaultEmulatorDataDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.PCSH_EMULATOR_DATA) return env.PCSH_EMULATOR_DATA;
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    return win32.join(base, 'pcsh', 'emulator');
  }
  const base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(base, 'pcsh', 'emulator');
}
