/**
 * Where the signed-in context and the token cache live (README, "Configuration").
 *
 * @module
 */
import { homedir } from 'node:os';
import { join, win32, posix } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** A non-empty value, or undefined. */
function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * The pcsh config directory:
 * `PCSH_CONFIG_DIR`, else `%APPDATA%\pcsh` on Windows, `~/Library/Application Support/pcsh` on
 * macOS, `$XDG_CONFIG_HOME/pcsh` or `~/.config/pcsh` elsewhere.
 * `home` defaults to HOME / USERPROFILE from `env`, then the OS's idea of it.
 */
export function resolveConfigDir(env: Env, platform: NodeJS.Platform, home?: string): string {
  const explicit = nonEmpty(env.PCSH_CONFIG_DIR);
  if (explicit) return explicit;
  const homeDir = home ?? nonEmpty(platform === 'win32' ? env.USERPROFILE : env.HOME) ?? homedir();
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? win32.join(homeDir, 'AppData', 'Roaming');
    return win32.join(appData, 'pcsh');
  }
  if (platform === 'darwin') return posix.join(homeDir, 'Library', 'Application Support', 'pcsh');
  const xdg = nonEmpty(env.XDG_CONFIG_HOME);
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'pcsh');
  return join(homeDir, '.config', 'pcsh');
}
