/**
 * The fixed part of PartnerCenter.psm1: the ONE generic body every generated function calls
 * (`Invoke-PcshCommand`), and the persistent `pcsh host --stdio` process it talks to. It uses
 * only engine facilities ($PSCmdlet methods, .NET) plus the JSON bridge from PartnerCenter.Types.ps1.
 *
 * Kept free of backticks and dollar-brace so it can live in a raw template literal unchanged.
 *
 * @module
 */

export const PSM1_RUNTIME = String.raw`$script:PcshHost = $null
$script:PcshRequestId = 0
$script:PcshExitJob = $null

function Resolve-PcshCommand {
    $path = $env:PCSH_COMMAND
    if (-not $path) {
        $found = @(Get-Command -Name 'pcsh' -CommandType Application -ErrorAction Ignore)
        if ($found.Count -gt 0) { $path = $found[0].Source }
    }
    if (-not $path) {
        foreach ($candidate in @('../../bin/pcsh.js')) {
            $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $candidate))
            if ([System.IO.File]::Exists($full)) { $path = $full; break }
        }
    }
    if (-not $path) {
        throw [System.IO.FileNotFoundException]::new('pcsh was not found: install it (npm install --global pcsh), put it on PATH, or set PCSH_COMMAND to its path.')
    }
    if ($path -match '\.[cm]?js$') {
        $node = @(Get-Command -Name 'node' -CommandType Application -ErrorAction Ignore)
        $nodePath = if ($node.Count -gt 0) { $node[0].Source } else { 'node' }
        return @($nodePath, $path)
    }
    return @($path)
}

function Start-PcshHost {
    $command = @(Resolve-PcshCommand)
    $info = [System.Diagnostics.ProcessStartInfo]::new()
    $info.FileName = $command[0]
    for ($i = 1; $i -lt $command.Count; $i++) { $info.ArgumentList.Add($command[$i]) }
    $info.ArgumentList.Add('host')
    $info.ArgumentList.Add('--stdio')
    $info.UseShellExecute = $false
    $info.CreateNoWindow = $true
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $utf8 = [System.Text.UTF8Encoding]::new($false)
    $info.StandardInputEncoding = $utf8
    $info.StandardOutputEncoding = $utf8
    $process = [System.Diagnostics.Process]::Start($info)
    $process.StandardInput.NewLine = [string][char]10
    $process.StandardInput.AutoFlush = $true
    return $process
}

function Get-PcshHost {
    $process = $script:PcshHost
    if ($null -ne $process -and -not $process.HasExited) { return $process }
    if ($null -ne $process) { $process.Dispose() }
    $script:PcshHost = Start-PcshHost
    return $script:PcshHost
}

function Stop-PcshHost {
    $process = $script:PcshHost
    $script:PcshHost = $null
    if ($null -eq $process) { return }
    try {
        if (-not $process.HasExited) {
            $process.StandardInput.Close()
            if (-not $process.WaitForExit(2000)) { $process.Kill() }
        }
    } catch {
        # The host is gone either way.
    } finally {
        $process.Dispose()
    }
}

function Send-PcshRequest {
    param([string]$Json, [long]$Id)
    for ($attempt = 1; $attempt -le 2; $attempt++) {
        $process = Get-PcshHost
        try {
            $process.StandardInput.WriteLine($Json)
        } catch [System.IO.IOException] {
            # The host died before reading the request: start a new one and send it again.
            Stop-PcshHost
            if ($attempt -eq 2) { throw }
            continue
        }
        $completed = $false
        try {
            $task = $process.StandardOutput.ReadLineAsync()
            while (-not $task.Wait(100)) { }
            $completed = $true
            $line = $task.Result
        } finally {
            # Interrupted (Ctrl+C): its answer would arrive out of step, so that host must go.
            if (-not $completed) { Stop-PcshHost }
        }
        if ($null -eq $line) {
            Stop-PcshHost
            throw [System.InvalidOperationException]::new('pcsh host --stdio exited before it answered.')
        }
        return $line
    }
}

function Format-PcshTarget {
    param([string]$Template, [System.Collections.IDictionary]$BoundParameters, [System.Collections.IDictionary]$Defaults)
    return $Template -replace '\{(\w+)\}', {
        $name = $_.Groups[1].Value
        if ($BoundParameters.ContainsKey($name)) { [string]$BoundParameters[$name] }
        elseif ($null -ne $Defaults -and $Defaults.ContainsKey($name)) { [string]$Defaults[$name] }
        else { '' }
    }
}

function Get-PcshWireParameters {
    param([System.Collections.IDictionary]$BoundParameters)
    $parameters = [ordered]@{}
    foreach ($name in $BoundParameters.Keys) {
        if ([System.Management.Automation.PSCmdlet]::CommonParameters.Contains($name)) { continue }
        if ([System.Management.Automation.PSCmdlet]::OptionalCommonParameters.Contains($name)) { continue }
        $parameters[$name] = $BoundParameters[$name]
    }
    return $parameters
}

function Get-PcshCommonParameters {
    param([System.Collections.IDictionary]$BoundParameters)
    $common = [ordered]@{
        Verbose = [string]$VerbosePreference -ne 'SilentlyContinue'
        Debug = [string]$DebugPreference -ne 'SilentlyContinue'
        ErrorAction = [string]$ErrorActionPreference
        WarningAction = [string]$WarningPreference
    }
    if ($BoundParameters.ContainsKey('ErrorAction')) { $common.ErrorAction = [string]$BoundParameters['ErrorAction'] }
    if ($BoundParameters.ContainsKey('WarningAction')) { $common.WarningAction = [string]$BoundParameters['WarningAction'] }
    return $common
}

function Invoke-PcshCommand {
    param(
        [System.Collections.IDictionary]$Command,
        [System.Management.Automation.PSCmdlet]$Cmdlet,
        [System.Collections.IDictionary]$BoundParameters
    )
    if ($Command.SupportsShouldProcess) {
        $target = if ($null -ne $Command.ShouldProcessTarget) { Format-PcshTarget -Template $Command.ShouldProcessTarget -BoundParameters $BoundParameters -Defaults $Command.Defaults } else { $Command.Name }
        if (-not $Cmdlet.ShouldProcess($target, $Command.Name)) { return }
    }
    $script:PcshRequestId += 1
    $request = [ordered]@{
        id = $script:PcshRequestId
        command = $Command.Name
        parameterSet = $Cmdlet.ParameterSetName
        parameters = Get-PcshWireParameters -BoundParameters $BoundParameters
        common = Get-PcshCommonParameters -BoundParameters $BoundParameters
        shouldProcessDone = [bool]$Command.SupportsShouldProcess
    }
    try {
        $line = Send-PcshRequest -Json ([Pcsh.PowerShell.WireJson]::Serialize($request)) -Id $request.id
        $reply = [Pcsh.PowerShell.WireReader]::ParseResponse($line)
    } catch {
        $record = [System.Management.Automation.ErrorRecord]::new($_.Exception, 'PcshHostUnavailable', [System.Management.Automation.ErrorCategory]::ResourceUnavailable, $Command.Name)
        $Cmdlet.ThrowTerminatingError($record)
    }
    Write-PcshReply -Reply $reply -Command $Command -Cmdlet $Cmdlet
}

function Write-PcshReply {
    param($Reply, [System.Collections.IDictionary]$Command, [System.Management.Automation.PSCmdlet]$Cmdlet)
    foreach ($text in $Reply.Verbose) { $Cmdlet.WriteVerbose($text) }
    foreach ($text in $Reply.Debug) { $Cmdlet.WriteDebug($text) }
    # Objects before warnings, as the cmdlets write them: with -WarningAction Stop the cart is
    # still emitted before the warning stops the command.
    foreach ($item in $Reply.Output) {
        $Cmdlet.WriteObject([Pcsh.PowerShell.WireReader]::ConvertOutput($item, $Command.OutputType))
    }
    foreach ($text in $Reply.Warning) { $Cmdlet.WriteWarning($text) }
    $last = $Reply.Errors.Count - 1
    for ($i = 0; $i -le $last; $i++) {
        if ($Reply.Terminating[$i] -or ($Reply.ExitCode -eq 2 -and $i -eq $last)) {
            $Cmdlet.ThrowTerminatingError($Reply.Errors[$i])
        }
        $Cmdlet.WriteError($Reply.Errors[$i])
    }
}

function Unregister-PcshExitHandler {
    $job = $script:PcshExitJob
    $script:PcshExitJob = $null
    if ($null -eq $job) { return }
    try {
        foreach ($subscriber in @(Get-EventSubscriber -SourceIdentifier 'PowerShell.Exiting' -ErrorAction Ignore)) {
            if ($subscriber.Action -eq $job) { Unregister-Event -SubscriptionId $subscriber.SubscriptionId -ErrorAction Ignore }
        }
        Remove-Job -Job $job -Force -ErrorAction Ignore
    } catch {
        # Best effort: the host is stopped by OnRemove anyway.
    }
}

$ExecutionContext.SessionState.Module.OnRemove = {
    Stop-PcshHost
    Unregister-PcshExitHandler
}

if (Get-Command -Name 'Register-EngineEvent' -ErrorAction Ignore) {
    # Event actions run in their own scope: reach the module's private Stop-PcshHost through it.
    $script:PcshExitJob = Register-EngineEvent -SourceIdentifier 'PowerShell.Exiting' -MessageData $ExecutionContext.SessionState.Module -Action {
        & $Event.MessageData { Stop-PcshHost }
    }
}
`;
