# The module as a whole: what Get-Command lists, the job list after import, the output types and
# their default property order, help from the MAML file, and Remove-Module ending the host.
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))

function Get-HostProcess { @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID -and $_.ProcessName -eq 'node' }) }

$context = Connect-PartnerCenter -Environment Emulator
$cart = New-TestCart
$hostsBefore = Get-HostProcess
$jobs = @(Get-Job)
$waited = @(Get-Job | Wait-Job -Timeout 10).Count
$help = Get-Help New-PartnerCustomerCart -Full
$onlineError = try { Get-Help New-PartnerCustomerCart -Online -ErrorAction Stop; 'no error' } catch { $_.FullyQualifiedErrorId + ': ' + $_.Exception.Message }
Write-Result ([ordered]@{
    cmdlets = @(Get-Command -CommandType Cmdlet -Module PartnerCenter | ForEach-Object Name)
    functions = @(Get-Command -CommandType Function -Module PartnerCenter | ForEach-Object Name)
    implementingType = (Get-Command New-PartnerCustomerCart).ImplementingType.FullName
    outputType = @((Get-Command New-PartnerCustomerCart).OutputType | ForEach-Object Name)
    jobs = $jobs.Count
    waited = $waited
    contextType = $context.GetType().FullName
    contextProperties = @($context.PSObject.Properties | ForEach-Object Name)
    cartType = $cart.GetType().FullName
    cartProperties = @($cart.PSObject.Properties | ForEach-Object Name)
    cartListed = @(($cart | Format-List | Out-String -Stream) -match '^\w+\s*:' | ForEach-Object { ($_ -split '\s*:')[0] })
    helpSynopsis = $help.Synopsis
    helpExamples = @($help.Examples.Example).Count
    helpLinks = @($help.relatedLinks.navigationLink | ForEach-Object uri)
    onlineError = $onlineError
    hostsBefore = $hostsBefore.Count
    pid = $PID
})
$hostIds = $hostsBefore | ForEach-Object Id
Remove-Module PartnerCenter
$stillRunning = @($hostIds | Where-Object { Get-Process -Id $_ -ErrorAction Ignore })
Write-Result ([ordered]@{ afterRemove = $stillRunning.Count; commandsLeft = @(Get-Command -Module PartnerCenter -ErrorAction Ignore).Count })
