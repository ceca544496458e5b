# The binder's conformance table replayed through the real PowerShell engine (run.sh replay;
# test/binder/pwsh-replay.ts writes the cases and reads the answers).
#   REPLAY_CASES  a JSON array of {"id": n, "text": "<PowerShell command text>"}
#   MODULE_PSD1   the generated module: its functions' param blocks are reused as they are, with a
#                 body that only reports what the engine bound.
# Get-Help and Get-Command are pcsh's own versions of PowerShell's cmdlets: their stubs take the
# param blocks of the engine's real Get-Help and Get-Command (ProxyCommand), which pcsh emulates.
# One line per case: `REPLAY {"id": n, "parameterSet": …, "bound": {…}}`, or
# `REPLAY {"id": n, "errorId": …, "message": …, "stage": "bind"|"parse"}`.
$ErrorActionPreference = 'Stop'
$psm1 = [System.IO.Path]::ChangeExtension($env:MODULE_PSD1, '.psm1')
$tokens = $null; $parseErrors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile($psm1, [ref]$tokens, [ref]$parseErrors)
$functions = $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $node.Name -match '^[A-Z][a-z]+-Partner' }, $false)
$report = 'process { [pscustomobject]@{ parameterSet = $PSCmdlet.ParameterSetName; bound = $PSBoundParameters } }'
$definitions = [System.Collections.Generic.List[string]]::new()
foreach ($function in $functions) {
    # [CmdletBinding(...)] [OutputType(...)] param(...), as generated (the attributes are not in ParamBlockAst.Extent).
    $block = $function.Body.ParamBlock
    $attributes = @($block.Attributes | ForEach-Object { $_.Extent.Text }) -join "`n"
    $definitions.Add('function ' + $function.Name + " {`n" + $attributes + "`n" + $block.Extent.Text + "`n" + $report + "`n}")
}
foreach ($name in @('Get-Help', 'Get-Command')) {
    $metadata = [System.Management.Automation.CommandMetadata]::new((Get-Command -Name $name -CommandType Cmdlet))
    $binding = [System.Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($metadata)
    $param = [System.Management.Automation.ProxyCommand]::GetParamBlock($metadata)
    $definitions.Add('function ' + $name + " {`n" + $binding + "`nparam(" + $param + ")`n" + $report + "`n}")
}
# Functions win over cmdlets of the same name, so the stubs shadow the engine's Get-Help/Get-Command.
. ([scriptblock]::Create($definitions -join "`n`n"))
'STUBS ' + $definitions.Count

function Reply([System.Collections.IDictionary]$Answer) { 'REPLAY ' + [Pcsh.PowerShell.WireJson]::Serialize($Answer) }

$document = [System.Text.Json.JsonDocument]::Parse([System.IO.File]::ReadAllText($env:REPLAY_CASES))
foreach ($case in $document.RootElement.EnumerateArray()) {
    $id = $case.GetProperty('id').GetInt32()
    $text = $case.GetProperty('text').GetString()
    try {
        $block = [scriptblock]::Create($text)
    } catch {
        $parse = $_.Exception.InnerException
        if ($parse -isnot [System.Management.Automation.ParseException]) { $parse = $_.Exception }
        $first = if ($parse.Errors) { $parse.Errors[0] } else { $null }
        Reply ([ordered]@{ id = $id; stage = 'parse'; errorId = $(if ($first) { $first.ErrorId } else { 'ParseException' }); message = $(if ($first) { $first.Message } else { $parse.Message }) })
        continue
    }
    try {
        $out = @(& $block)
        if ($out.Count -ne 1) { Reply ([ordered]@{ id = $id; stage = 'run'; errorId = 'ReplayOutput'; message = 'the stub wrote ' + $out.Count + ' objects' }); continue }
        Reply ([ordered]@{ id = $id; parameterSet = $out[0].parameterSet; bound = $out[0].bound })
    } catch {
        $record = $_
        Reply ([ordered]@{ id = $id; stage = 'bind'; errorId = $record.FullyQualifiedErrorId; message = $record.Exception.Message; exception = $record.Exception.GetType().FullName })
    }
}
'REPLAY DONE'
