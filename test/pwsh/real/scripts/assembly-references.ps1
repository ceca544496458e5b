# The name of an assembly file and what it references (name and version of each).
param([string]$Path)
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))
$name = [System.Reflection.AssemblyName]::GetAssemblyName($Path)
$references = [System.Reflection.Assembly]::LoadFrom($Path).GetReferencedAssemblies() | ForEach-Object { [ordered]@{ name = $_.Name; version = $_.Version.ToString() } }
Write-Result ([ordered]@{ name = $name.Name; references = @($references) })
