/**
 * Build step, when the .NET SDK is on this machine: compile the module's C# once with `dotnet build`
 * (templates/PartnerCenter.csproj: .NET Core 3.1 and PowerShell Standard's reference assemblies) into
 * dist/pwsh/PartnerCenter/bin/<source hash>/, where the .psm1 looks first. One DLL for every pwsh 7.x,
 * so it ships in the npm package and no user compiles. Without the SDK (or with PCSH_PWSH_PREBUILD=0)
 * there is none, and the first import compiles into the per-user cache, as it does when this DLL
 * fails to load.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDotnet } from '../find-program.ts';

const PROJECT = join(import.meta.dirname, 'templates', 'PartnerCenter.csproj');

/** The folder (under the module) that holds the prebuilt assembly for this source hash. */
function prebuiltFolder(moduleDir: string, sourceHash: string): string {
  return join(moduleDir, 'bin', sourceHash);
}

export function prebuildPwshAssembly(moduleDir: string, sourceHash: string): string {
  const dotnet = findDotnet();
  if (process.env.PCSH_PWSH_PREBUILD === '0') return 'not prebuilt (PCSH_PWSH_PREBUILD=0): the first import compiles into the user cache';
  if (dotnet === null) return 'not prebuilt (no .NET SDK): the first import compiles into the user cache';
  const work = mkdtempSync(join(tmpdir(), 'pcsh-pwsh-prebuild-'));
  try {
    copyFileSync(PROJECT, join(work, 'PartnerCenter.csproj'));
    copyFileSync(join(moduleDir, 'PartnerCenter.cs'), join(work, 'PartnerCenter.cs'));
    // Restore apart from the build: without NuGet (offline) there is just no prebuilt DLL, while a C# error fails the build.
    const restore = runDotnet(dotnet, work, ['restore', 'PartnerCenter.csproj']);
    if (restore.status !== 0) return `not prebuilt (NuGet restore failed; the first import compiles):\n${restore.output}`;
    const build = runDotnet(dotnet, work, ['build', 'PartnerCenter.csproj', '--no-restore', '-c', 'Release', '-o', 'out']);
    if (build.status !== 0) throw new Error(`prebuilding the pwsh assembly failed (dotnet build; PCSH_PWSH_PREBUILD=0 skips it):\n${build.output}`);
    const folder = prebuiltFolder(moduleDir, sourceHash);
    mkdirSync(folder, { recursive: true });
    // Copy, then rename into place: an import running meanwhile never sees half a DLL.
    const staged = join(folder, `.PartnerCenter-${process.pid}.dll`);
    copyFileSync(join(work, 'out', 'PartnerCenter.dll'), staged);
    renameSync(staged, join(folder, 'PartnerCenter.dll'));
    return `prebuilt bin/${sourceHash}/PartnerCenter.dll (.NET Core 3.1, PowerShell Standard 5.1: loads in every pwsh 7)`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function runDotnet(dotnet: string, cwd: string, args: string[]): { status: number | null; output: string } {
  // No build servers: a compiler or MSBuild node left running would outlive the build (and hold its pipes).
  const result = spawnSync(dotnet, [...args, '-nologo', '--disable-build-servers'], {
    cwd,
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** Whether bin/ already holds the assembly for this source hash (the build then skips dotnet). */
export function hasPrebuilt(moduleDir: string, sourceHash: string): boolean {
  return existsSync(join(prebuiltFolder(moduleDir, sourceHash), 'PartnerCenter.dll'));
}

/** Removes prebuilt folders of other source hashes (and older layouts' <hash>-<pwsh version> folders). */
export function pruneStalePrebuilt(moduleDir: string, sourceHash: string): void {
  const bin = join(moduleDir, 'bin');
  if (!existsSync(bin)) return;
  for (const name of readdirSync(bin)) if (name !== sourceHash) rmSync(join(bin, name), { recursive: true, force: true });
}
