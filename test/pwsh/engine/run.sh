#!/usr/bin/env bash
# Engine check: hosts the real PowerShell engine (System.Management.Automation 7.6.9 NuGet; pwsh
# itself is not installable here), compiles the module's C# into that host (the package has no
# Add-Type, which lives in Microsoft.PowerShell.Commands.Utility, not on the NuGet mirror),
# imports the module and runs a script (the module's own tests now run in real pwsh: test/pwsh/real-*.test.ts):
#   run.sh replay   replay.ps1: the binder's conformance cases (REPLAY_CASES, a JSON file) against
#                   stubs with the built module's param blocks (test/binder/pwsh-replay.ts)
# replay needs `npx tsx scripts/build.ts` first. PCSH_ENGINE_WORK=DIR reuses a build folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
mode="${1:-replay}"
work="${PCSH_ENGINE_WORK:-$(mktemp -d)}"
mkdir -p "$work/host"
module="$repo/dist/pwsh/PartnerCenter"
[ -f "$module/PartnerCenter.psd1" ] && [ -f "$repo/dist/bin/pcsh.js" ] || { echo "run 'npx tsx scripts/build.ts' first" >&2; exit 2; }
cp "$here/engine.csproj" "$here/Program.cs" "$work/host/"
cp "$module/PartnerCenter.cs" "$work/host/Types.cs.new"
# Rebuild only when the C# changed (a reused PCSH_ENGINE_WORK folder).
if ! cmp -s "$work/host/Types.cs.new" "$work/host/Types.cs" || [ ! -d "$work/host/bin" ]; then
  mv "$work/host/Types.cs.new" "$work/host/Types.cs"
  (cd "$work/host" && dotnet build -v q -nologo >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }
fi
rm -f "$work/host/Types.cs.new"
case "$mode" in
  replay)
    MODULE_PSD1="$module/PartnerCenter.psd1" dotnet run --no-build --project "$work/host" -- "$here/replay.ps1" ;;
  *) echo "usage: run.sh [replay]" >&2; exit 2 ;;
esac
