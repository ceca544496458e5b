/**
 * Where pwsh is: PCSH_PWSH, PATH, or where `dotnet tool install --global PowerShell` puts it.
 * Used by the build (prebuilt assembly), the bench and the real-pwsh tests.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export function findPwsh(): string | null {
  const candidates = [
    process.env.PCSH_PWSH,
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, process.platform === 'win32' ? 'pwsh.exe' : 'pwsh')),
    join(homedir(), '.dotnet', 'tools', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'),
  ];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path)) ?? null;
}

