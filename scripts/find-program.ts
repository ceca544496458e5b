/**
 * Where the external programs the build, the bench and the tests use are: an override variable,
 * then PATH, then the folders their installers use.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The first of `first` (a full path), `name` on PATH, then `name` in each of `folders`, that exists. */
function findExecutable(name: string, first: string | undefined, folders: readonly string[]): string | null {
  const file = process.platform === 'win32' ? `${name}.exe` : name;
  const candidates = [
    first,
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, file)),
    ...folders.map((dir) => join(dir, file)),
  ];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path)) ?? null;
}

/** pwsh: PCSH_PWSH, PATH, or where `dotnet tool install --global PowerShell` puts it. */
export function findPwsh(): string | null {
  return findExecutable('pwsh', process.env.PCSH_PWSH, [join(homedir(), '.dotnet', 'tools')]);
}

/** The .NET SDK's dotnet: DOTNET_ROOT, PATH, or its usual install folders. */
export function findDotnet(): string | null {
  const root = process.env.DOTNET_ROOT;
  return findExecutable('dotnet', root && join(root, process.platform === 'win32' ? 'dotnet.exe' : 'dotnet'), [
    join(homedir(), '.dotnet'),
    '/usr/share/dotnet',
    '/usr/lib/dotnet',
  ]);
}
