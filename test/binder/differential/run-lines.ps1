# The pwsh side of the differential test (pwsh-oracle.ts): compiles the stand-in cmdlets, then runs
# every command line of a JSON file in this one process and writes one JSON answer per line.
#   $args[0]  the C# source (stand-ins.ts)     $args[1]  a JSON array of command texts
#   $args[2]  where to write the answers (a JSON array, same order)
# An answer is {"parameterSet", "bound"} or {"errorId", "message", "stage": "parse"|"bind"}.
param([string]$SourceFile, [string]$LinesFile, [string]$AnswersFile)
$ErrorActionPreference = 'Stop'
$assembly = Add-Type -TypeDefinition ([System.IO.File]::ReadAllText($SourceFile)) -PassThru | Select-Object -First 1
Import-Module -Assembly $assembly.Assembly
$lines = [System.IO.File]::ReadAllText($LinesFile) | ConvertFrom-Json
$answers = [System.Collections.Generic.List[object]]::new()
foreach ($text in $lines) {
    $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$parseErrors)
    if ($parseErrors.Count -gt 0) {
        $answers.Add([ordered]@{ stage = 'parse'; errorId = $parseErrors[0].ErrorId; message = $parseErrors[0].Message })
        continue
    }
    try {
        $out = @(& ($ast.GetScriptBlock()))
        $answers.Add([ordered]@{ parameterSet = $out[0]['parameterSet']; bound = $out[0]['bound'] })
    } catch {
        $answers.Add([ordered]@{ stage = 'bind'; errorId = $_.FullyQualifiedErrorId; message = $_.Exception.Message })
    }
}
[System.IO.File]::WriteAllText($AnswersFile, (ConvertTo-Json -InputObject $answers -Depth 12 -Compress))
