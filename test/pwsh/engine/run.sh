#!/usr/bin/env bash
# Manual engine check: generate the module, compile its C# (the package has no Add-Type, which
# lives in Microsoft.PowerShell.Commands.Utility, not on this NuGet mirror) into a host of the
# real PowerShell engine, import the module and run smoke.ps1 against a fake `pcsh host --stdio`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
cat > "$work/gen.ts" <<TS
import { realRegistry } from '$here/../registry-fixture.ts';
import { generatePwshModule } from '$here/../../../src/pwsh/generate-module.ts';
import { writePwshModule } from '$here/../../../src/pwsh/write-module.ts';
writePwshModule(generatePwshModule(realRegistry(), { version: '0.1.0', moduleName: 'PartnerCenter' }), '$work/PartnerCenter');
TS
(cd "$here/../../.." && node --import tsx "$work/gen.ts")
mkdir -p "$work/host"
cp "$here/engine.csproj" "$here/Program.cs" "$work/host/"
awk "/^    \\\$pcshTypeDefinition = @'/{f=1;next} /^'@/{f=0} f" "$work/PartnerCenter/PartnerCenter.Types.ps1" > "$work/host/Types.cs"
(cd "$work/host" && dotnet build -v q >/dev/null)
FAKE_HOST="$here/fake-host.cjs" MODULE_PSD1="$work/PartnerCenter/PartnerCenter.psd1" FAKE_HOST_LOG="$work/requests.log" \
  dotnet run --no-build --project "$work/host" -- "$here/smoke.ps1"
echo "--- requests the module sent:"; cat "$work/requests.log"
