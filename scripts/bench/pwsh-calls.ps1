# `npm run bench` (scripts/bench/pwsh-bench.ts): N calls in one pwsh session through the module and
# its persistent host, against the floor (a trivial advanced function), and the parts of one call:
# the round trip to the host, the JSON conversion in the module, and the rest (the cmdlet wrapper).
param([int]$Calls = 200)
$ErrorActionPreference = 'Stop'
$customer = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'
Import-Module $env:PCSH_BENCH_MODULE
$null = Connect-PartnerCenter -Environment Emulator
$cart = New-PartnerCustomerCart -CustomerId $customer -LineItems @{CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity = 5; BillingCycle = 'Monthly'; TermDuration = 'P1M'}
$null = Get-PartnerCustomerCart -CustomerId $customer -CartId $cart.CartId

function Measure-Loop([scriptblock]$Body) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $Calls; $i++) { $null = & $Body }
    $watch.Stop()
    $watch.Elapsed.TotalMilliseconds / $Calls
}

function Get-Floor { [CmdletBinding()] param([string]$CustomerId, [string]$CartId) [pscustomobject]@{ CartId = $CartId } }

$result = [ordered]@{
    calls = $Calls
    cmdlet = Measure-Loop { Get-PartnerCustomerCart -CustomerId $customer -CartId $cart.CartId }
    floor = Measure-Loop { Get-Floor -CustomerId $customer -CartId $cart.CartId }
}
# The parts of one call (not in a module of the older, function-based layout).
if ('Pcsh.PowerShell.HostConnection' -as [type]) {
    $request = [ordered]@{
        id = 1; command = 'Get-PartnerCustomerCart'; parameterSet = '__AllParameterSets'
        parameters = [ordered]@{ CustomerId = $customer; CartId = $cart.CartId }
        common = [ordered]@{ Verbose = $true; Debug = $true; ErrorAction = 'Continue'; WarningAction = 'Continue' }
        shouldProcessDone = $false
    }
    $json = [Pcsh.PowerShell.WireJson]::Serialize($request)
    $line = [Pcsh.PowerShell.HostConnection]::Send($json)
    $result.roundTrip = Measure-Loop { [Pcsh.PowerShell.HostConnection]::Send($json) }
    $result.conversion = Measure-Loop {
        $reply = [Pcsh.PowerShell.WireReader]::ParseResponse($line)
        [Pcsh.PowerShell.WireReader]::ConvertOutput($reply.Output[0], 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart')
        [Pcsh.PowerShell.WireJson]::Serialize($request)
    }
}
'RESULT ' + ($result | ConvertTo-Json -Compress)
