# The host starts at import (node's start-up overlaps the import); a first call made after $env:
# changed gets a fresh host that sees the new values, and only one host is left running.
function Write-Result($Value) { 'RESULT ' + ($Value | ConvertTo-Json -Compress -Depth 6) }
function Get-HostId { @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID -and $_.ProcessName -eq 'node' } | ForEach-Object Id) }
function Get-FileCount($Folder) { if (Test-Path $Folder) { @(Get-ChildItem -Recurse -File $Folder).Count } else { 0 } }

Import-Module $env:PCSH_TEST_MODULE
$atImport = @(Get-HostId)
$null = Connect-PartnerCenter -Environment Emulator
Write-Result ([ordered]@{ atImport = $atImport; afterCall = @(Get-HostId) })

Remove-Module PartnerCenter
Import-Module $env:PCSH_TEST_MODULE
$atImport = @(Get-HostId)
$oldConfig = $env:PCSH_CONFIG_DIR
$oldBefore = Get-FileCount $oldConfig
$env:PCSH_CONFIG_DIR = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($oldConfig), 'config-set-after-import')
$null = Connect-PartnerCenter -Environment Emulator
Write-Result ([ordered]@{ atImport = $atImport; afterCall = @(Get-HostId); newConfigFiles = Get-FileCount $env:PCSH_CONFIG_DIR; oldBefore = $oldBefore; oldAfter = Get-FileCount $oldConfig })
