#!/usr/bin/env bash
# Engine check: hosts the real PowerShell engine (System.Management.Automation 7.6.9 NuGet; pwsh
# itself is not installable here), compiles the module's C# into that host (the package has no
# Add-Type, which lives in Microsoft.PowerShell.Commands.Utility, not on the NuGet mirror),
# imports the module and runs a script:
#   run.sh          smoke.ps1: a module generated from the help fixture against the fake host (fake-host.cjs)
#   run.sh real     real.ps1: the built module (dist/pwsh/PartnerCenter) against the REAL
#                   `pcsh host --stdio` (dist/bin/pcsh.js) and the embedded emulator, in a sandbox
#   run.sh bench    bench.ps1: 200 Get-PartnerCustomerCart calls through the real persistent host
# real/bench need `npx tsx scripts/build.ts` first. (The binder's oracle is real pwsh: test/binder/differential.) PCSH_ENGINE_WORK=DIR reuses a build folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
mode="${1:-smoke}"
work="${PCSH_ENGINE_WORK:-$(mktemp -d)}"
mkdir -p "$work/host"
if [ "$mode" = smoke ]; then
  cat > "$work/gen.ts" <<TS
import { realRegistry } from '$repo/test/fixtures/real-registry.ts';
import { generatePwshModule } from '$repo/src/pwsh/generate-module.ts';
import { writePwshModule } from '$repo/src/pwsh/write-module.ts';
writePwshModule(generatePwshModule(realRegistry(), { version: '0.1.0', moduleName: 'PartnerCenter' }), '$work/PartnerCenter');
TS
  (cd "$repo" && node --import tsx "$work/gen.ts")
  module="$work/PartnerCenter"
else
  module="$repo/dist/pwsh/PartnerCenter"
  [ -f "$module/PartnerCenter.psd1" ] && [ -f "$repo/dist/bin/pcsh.js" ] || { echo "run 'npx tsx scripts/build.ts' first" >&2; exit 2; }
fi
cp "$here/engine.csproj" "$here/Program.cs" "$work/host/"
awk "/^    \\\$pcshTypeDefinition = @'/{f=1;next} /^'@/{f=0} f" "$module/PartnerCenter.Types.ps1" > "$work/host/Types.cs.new"
# Rebuild only when the C# changed (a reused PCSH_ENGINE_WORK folder).
if ! cmp -s "$work/host/Types.cs.new" "$work/host/Types.cs" || [ ! -d "$work/host/bin" ]; then
  mv "$work/host/Types.cs.new" "$work/host/Types.cs"
  (cd "$work/host" && dotnet build -v q -nologo >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }
fi
rm -f "$work/host/Types.cs.new"
case "$mode" in
  smoke)
    FAKE_HOST="$here/fake-host.cjs" MODULE_PSD1="$module/PartnerCenter.psd1" FAKE_HOST_LOG="$work/requests.log" \
      dotnet run --no-build --project "$work/host" -- "$here/smoke.ps1"
    echo "--- requests the module sent:"; cat "$work/requests.log" ;;
  real|bench)
    sandbox="$(mktemp -d)"
    PCSH_COMMAND="$repo/dist/bin/pcsh.js" MODULE_PSD1="$module/PartnerCenter.psd1" \
      PCSH_CONFIG_DIR="${PCSH_CONFIG_DIR:-$sandbox/config}" PCSH_EMULATOR_DATA="${PCSH_EMULATOR_DATA:-$sandbox/data}" NO_COLOR=1 \
      dotnet run --no-build --project "$work/host" -- "$here/$mode.ps1" ;;
  *) echo "usage: run.sh [smoke|real|bench]" >&2; exit 2 ;;
esac
