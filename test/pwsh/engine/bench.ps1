# 200 Get-PartnerCustomerCart calls from the PowerShell engine through the generated module and
# its persistent `pcsh host --stdio` (run.sh bench; scripts/bench/host-bench.ts reads the RESULT lines).
function New-Object { param([string]$TypeName) ([type]$TypeName)::new() }
$ErrorActionPreference = 'Stop'
$customerId = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'
Import-Module $env:MODULE_PSD1
$null = Connect-PartnerCenter -Environment Emulator -Confirm:$false
$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
$lineItem.BillingCycle = 'Monthly'
$lineItem.CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'
$lineItem.TermDuration = 'P1M'
$lineItem.Quantity = 5
$cart = New-PartnerCustomerCart -CustomerId $customerId -LineItems $lineItem -Confirm:$false
$calls = if ($env:BENCH_CALLS) { [int]$env:BENCH_CALLS } else { 200 }
$ok = 0
$watch = [System.Diagnostics.Stopwatch]::StartNew()
for ($i = 0; $i -lt $calls; $i++) {
    if ((Get-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId).CartId -eq $cart.CartId) { $ok++ }
}
$watch.Stop()
'RESULT calls=' + $calls
'RESULT ok=' + $ok
'RESULT ms=' + $watch.Elapsed.TotalMilliseconds.ToString([System.Globalization.CultureInfo]::InvariantCulture)
