# The generated module (dist/pwsh/PartnerCenter) in the real PowerShell engine against the REAL
# `pcsh host --stdio` (PCSH_COMMAND = dist/bin/pcsh.js) and the embedded emulator, in a sandbox
# (PCSH_CONFIG_DIR / PCSH_EMULATOR_DATA set by run.sh). Every check prints one line
# `RESULT <name>=<value>`; test/pwsh/engine-real.test.ts reads them.
# This engine comes from the System.Management.Automation NuGet package, which lacks
# Microsoft.PowerShell.Commands.Utility (New-Object, Add-Type, ...): New-Object is shimmed below
# with the same result for the seed's use (a parameterless constructor), and run.sh compiles the
# module's C# into the host instead of Add-Type.
function New-Object { param([string]$TypeName) ([type]$TypeName)::new() }
function Result([string]$Name, $Value) { 'RESULT ' + $Name + '=' + [string]$Value }
$ErrorActionPreference = 'Stop'
$customerId = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'
$requestsLog = [System.IO.Path]::Combine($env:PCSH_EMULATOR_DATA, 'requests.log')
function Count-Requests { if ([System.IO.File]::Exists($requestsLog)) { [System.IO.File]::ReadAllLines($requestsLog).Count } else { 0 } }

Import-Module $env:MODULE_PSD1
$exported = [string[]]@((Get-Module PartnerCenter).ExportedFunctions.Keys)
[System.Array]::Sort($exported, [System.StringComparer]::Ordinal)  # Sort-Object is in the missing Utility module
Result 'exported' ($exported -join ',')
foreach ($name in $exported) {
    $syntax = (Get-Command $name -Syntax) -split "`n" | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' }
    Result ('syntax ' + $name) ($syntax -join ' || ')
}
Result 'help synopsis' (Get-Help New-PartnerCustomerCart).Synopsis
Result 'help examples' @((Get-Help Set-PartnerCustomerCart -Examples).examples.example).Count

# -Environment is the EnvironmentName enum: pwsh converts (any casing), completes and refuses the names itself.
Result 'environment type' (Get-Command Connect-PartnerCenter).Parameters['Environment'].ParameterType.FullName
Result 'environment completion' (@([System.Management.Automation.CommandCompletion]::CompleteInput('Connect-PartnerCenter -Environment Azure', 40, $null).CompletionMatches | ForEach-Object { $_.CompletionText }) -join ',')
try { Connect-PartnerCenter -Environment Foo -Confirm:$false; Result 'environment bad' 'no error' } catch { Result 'environment bad' ($_.FullyQualifiedErrorId + ' ' + ($_.Exception.Message -match 'Unable to match the identifier name Foo to a valid enumerator name')) }
$context = Connect-PartnerCenter -Environment eMuLaToR -Confirm:$false
Result 'connect any case' $context.Environment
$context = Connect-PartnerCenter -Environment Emulator -Confirm:$false
Result 'connect' ($context.Environment + ' ' + $context.PSObject.TypeNames[0])

# New-PartnerCustomerCart, example 1 (with the seed's ProvisioningContext.Add calls).
$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
$lineItem.BillingCycle = 'OneTime'
$lineItem.CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'
$lineItem.FriendlyName = 'Sample RI Purchase'
$lineItem.ProvisioningContext.Add('duration', '1Year')
$lineItem.ProvisioningContext.Add('scope', 'shared')
$lineItem.ProvisioningContext.Add('subscriptionId', 'b35d5324-df8e-4306-9023-6edac2d4896c')
$lineItem.Quantity = 10

$before = Count-Requests
$whatIf = New-PartnerCustomerCart -CustomerId $customerId -LineItems $lineItem -WhatIf
Result 'whatif output' @($whatIf).Count
Result 'whatif requests' ((Count-Requests) - $before)

$cart = New-PartnerCustomerCart -CustomerId $customerId -LineItems $lineItem -Confirm:$false
Result 'new type' $cart.GetType().FullName
Result 'new status' $cart.Status
Result 'new item' ($cart.LineItems[0].CatalogItemId + ' ' + $cart.LineItems[0].BillingCycle + ' ' + $cart.LineItems[0].Quantity + ' ' + $cart.LineItems[0].ProvisioningContext['subscriptionId'])
Result 'new item type' $cart.LineItems[0].GetType().FullName
Result 'new created' ($cart.CreationTimestamp -is [datetime])

# Set-PartnerCustomerCart: the seed's $lineItem.Quantity = 10 on an item read back from the cart.
$item = $cart.LineItems[0]
$item.Quantity = 20
$updated = Set-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId -LineItems $cart.LineItems -Confirm:$false
Result 'set' ($updated.CartId -eq $cart.CartId) 
Result 'set quantity' $updated.LineItems[0].Quantity
$lineItem.Quantity = 10
$updated = Set-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId -LineItems $lineItem
Result 'set seed quantity' $updated.LineItems[0].Quantity

$seats = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
$seats.BillingCycle = 'Monthly'
$seats.CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'
$seats.TermDuration = 'P1M'
$seats.Quantity = 5
$added = Add-PartnerCustomerCartLineItem -CustomerId $customerId -CartId $cart.CartId -LineItem $seats
Result 'add count' $added.LineItems.Count

$fetched = Get-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId -Verbose 4>&1
$verbose = @($fetched | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
$fetched = @($fetched | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })[0]
Result 'get' ($fetched.CartId -eq $cart.CartId)
Result 'get verbose http' (@($verbose | Where-Object { $_.Message -match '^GET http://127\.0\.0\.1:\d+/' }).Count -gt 0)

$result = Submit-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId -Confirm:$false
Result 'submit type' $result.GetType().FullName
Result 'submit orders' (@($result.Orders | ForEach-Object { $_.LineItems }).Count)
Result 'submit order fields' ($result.Orders[0].CurrencySymbol + ' ' + $result.Orders[0].TransactionType + ' ' + $result.Orders[0].LineItems[0].TransactionType)

# A hashtable line item with a nested add-on (one hashtable) and participants (an array of
# hashtables): pwsh converts them into the module's PSCartLineItem (PSCartLineItemList /
# ParticipantList op_Implicit), the host creates the cart in the emulator, and both come back.
$nested = New-PartnerCustomerCart -CustomerId $customerId -Confirm:$false -LineItems @{
    CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity = 2; BillingCycle = 'Annual'; TermDuration = 'P1Y'
    AddonItems = @{ CatalogItemId = 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0'; Quantity = 1; BillingCycle = 'Annual'; TermDuration = 'P1Y' }
    Participants = @(@{ Key = 'TransactionReseller'; Value = '5357564' })
}
$nestedItem = $nested.LineItems[0]
Result 'nested status' $nested.Status
Result 'nested addon' ($nestedItem.AddonItems.Count.ToString() + ' ' + $nestedItem.AddonItems[0].CatalogItemId + ' ' + $nestedItem.AddonItems[0].Quantity + ' ' + $nestedItem.AddonItems[0].GetType().Name + ' ' + ($null -eq $nestedItem.AddonItems[0].Error))
Result 'nested participant' ($nestedItem.Participants.Count.ToString() + ' ' + $nestedItem.Participants[0].Key + ' ' + $nestedItem.Participants[0].Value)
$fetchedNested = Get-PartnerCustomerCart -CustomerId $customerId -CartId $nested.CartId
Result 'nested fetched' ($fetchedNested.LineItems[0].AddonItems[0].CatalogItemId + ' ' + $fetchedNested.LineItems[0].Participants[0].Key + ' ' + $fetchedNested.LineItems[0].Participants[0].Value)
# The same item written with a single participant hashtable and an add-on array, read back and sent again.
$again = Set-PartnerCustomerCart -CustomerId $customerId -CartId $nested.CartId -Confirm:$false -LineItems @{
    CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity = 3; BillingCycle = 'Annual'; TermDuration = 'P1Y'
    AddonItems = @(@{ CatalogItemId = 'CFQ7TTC0LHSF:0001:CFQ7TTC0J1D0'; Quantity = 2; BillingCycle = 'Annual'; TermDuration = 'P1Y' })
    Participants = @{ Key = 'transaction_reseller'; Value = 5357564 }
}
Result 'nested set' ($again.LineItems[0].Quantity.ToString() + ' ' + $again.LineItems[0].AddonItems[0].Quantity + ' ' + $again.LineItems[0].Participants[0].Key + ' ' + $again.LineItems[0].Participants[0].Value)
$roundTrip = Set-PartnerCustomerCart -CustomerId $customerId -CartId $nested.CartId -Confirm:$false -LineItems $again.LineItems
Result 'nested round trip' ($roundTrip.LineItems[0].AddonItems[0].CatalogItemId + ' ' + $roundTrip.LineItems[0].Participants[0].Value)
try { New-PartnerCustomerCart -CustomerId $customerId -LineItems @{ CatalogItemId = 'x'; Participants = @{ Key = 'Nobody'; Value = '1' } } -WhatIf; Result 'nested bad key' 'no error' } catch { Result 'nested bad key' ($_.FullyQualifiedErrorId + ' ' + ($_.Exception.Message -match 'ParticipantType')) }

# $null properties are unset: pwsh makes TermDuration=$null '' on the typed item, the bridge leaves
# it (and the null Error/RenewsTo/AddonItems) out, and pcsh's binder accepts the item.
$nulls = New-PartnerCustomerCart -CustomerId $customerId -Confirm:$false -LineItems @{
    CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; Quantity = 1; BillingCycle = 'OneTime'; TermDuration = $null; FriendlyName = $null
    PromotionId = $null; Error = $null; RenewsTo = $null; AddonItems = $null; Participants = $null
    ProvisioningContext = @{ duration = '1Year'; scope = 'shared'; subscriptionId = 'b35d5324-df8e-4306-9023-6edac2d4896c' }
}
Result 'nulls' ($nulls.Status + ' ' + $nulls.LineItems[0].CatalogItemId + ' ' + ($null -eq $nulls.LineItems[0].TermDuration) + ' ' + $nulls.LineItems[0].FriendlyName.Length)
try { New-PartnerCustomerCart -CustomerId $customerId -Confirm:$false -LineItems @{ CatalogItemId = $null; Quantity = 1; BillingCycle = 'OneTime' }; Result 'nulls required' 'no error' } catch { Result 'nulls required' ($_.FullyQualifiedErrorId + ' ' + $_.Exception.Message) }

# Errors: a Partner Center error and a binding error, as error records.
$Error.Clear()
try { Get-PartnerCustomerCart -CustomerId $customerId -CartId 'no-such-cart'; Result 'not found' 'no error' } catch { }
Result 'not found fqid' $Error[0].FullyQualifiedErrorId
Result 'not found category' ([string]$Error[0].CategoryInfo.Category + ' ' + $Error[0].CategoryInfo.Reason)
Result 'not found message' ($Error[0].Exception.Message -match 'does not exist or has expired')
# A Partner Center error is terminating, as in the original module (its ProcessRecord let the
# exception escape), so -ErrorAction SilentlyContinue does not hide it.
try { Get-PartnerCustomerCart -CustomerId $customerId -CartId 'still-none' -ErrorAction SilentlyContinue; Result 'silently' 'no error' } catch { Result 'silently' ('terminating ' + $_.FullyQualifiedErrorId) }
try { New-PartnerCustomerCart -CustomerId 'not-a-guid' -LineItems $lineItem } catch { Result 'validation' $_.FullyQualifiedErrorId }

# A line item saved with an error (301 seats: over the 300 limit) makes a warning after the cart.
# With -WarningAction Stop pwsh itself stops the command, but only after the cart was emitted.
$tooMany = @{ CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity = 301; BillingCycle = 'Monthly'; TermDuration = 'P1M' }
$warned = New-PartnerCustomerCart -CustomerId $customerId -LineItems $tooMany -Confirm:$false -WarningVariable lineWarnings -WarningAction SilentlyContinue
Result 'line warning' (($null -ne $warned.CartId) -and ($lineWarnings.Count -eq 1) -and ([string]$lineWarnings[0] -match 'Checkout will fail'))
$script:emitted = $null
try {
    New-PartnerCustomerCart -CustomerId $customerId -LineItems $tooMany -Confirm:$false -WarningAction Stop | ForEach-Object { $script:emitted = $_ }
    Result 'warning stop' 'no stop'
} catch {
    Result 'warning stop' ($_.FullyQualifiedErrorId + ' emitted=' + ($null -ne $script:emitted.CartId))
}

# 200 calls through the persistent host: one process, all answered.
$hostPid = & (Get-Module PartnerCenter) { $script:PcshHost.Id }
$ok = 0
$watch = [System.Diagnostics.Stopwatch]::StartNew()
for ($i = 0; $i -lt 200; $i++) {
    $c = Get-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId
    if ($c.CartId -eq $cart.CartId) { $ok++ }
}
$watch.Stop()
Result 'loop ok' $ok
Result 'loop ms' $watch.ElapsedMilliseconds
Result 'loop same host' ($hostPid -eq (& (Get-Module PartnerCenter) { $script:PcshHost.Id }))

# The host restarts when it dies, and stops when the module is removed.
& (Get-Module PartnerCenter) { $script:PcshHost.Kill(); $script:PcshHost.WaitForExit() }
$again = Get-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId
Result 'restart' (($again.CartId -eq $cart.CartId) -and ($hostPid -ne (& (Get-Module PartnerCenter) { $script:PcshHost.Id })))
$lastId = & (Get-Module PartnerCenter) { $script:PcshHost.Id }
Remove-Module PartnerCenter
$stopped = try { [System.Diagnostics.Process]::GetProcessById($lastId).WaitForExit(5000) } catch { $true }
Result 'stopped on remove' $stopped
Result 'done' 'yes'
