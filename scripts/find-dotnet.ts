/**
 * Where the .NET SDK's `dotnet` is: DOTNET_ROOT, PATH, or its usual install folders.
 * Used by the build (the pwsh module's prebuilt assembly) and the test that checks it.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export function findDotnet(): string | null {
  const exe = process.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const candidates = [
    process.env.DOTNET_ROOT && join(process.env.DOTNET_ROOT, exe),
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, exe)),
    join(homedir(), '.dotnet', exe),
    '/usr/share/dotnet/dotnet',
    '/usr/lib/dotnet/dotnet',
  ];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path)) ?? null;
}
