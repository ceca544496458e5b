/**
 * Whether the interactive browser sign-in can work here, and opening the system browser.
 *
 * @module
 */
import { spawn } from 'node:child_process';

type Env = Readonly<Record<string, string | undefined>>;

/** macOS and Windows have a browser; elsewhere a display is needed (X11 or Wayland), and not over SSH alone. */
export function canOpenBrowser(platform: NodeJS.Platform, env: Env): boolean {
  if (env.PCSH_NO_BROWSER) return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function opener(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // rundll32 takes the URL as one argument: no cmd.exe quoting of & and ^.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/** Opens `url` in the default browser; rejects when no opener could be started. */
export function openSystemBrowser(platform: NodeJS.Platform): (url: string) => Promise<void> {
  return (url) =>
    new Promise((resolve, reject) => {
      const [command, args] = opener(platform, url);
      const child = spawn(command, args, { stdio: 'ignore', detached: true });
      child.once('error', reject);
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
}
