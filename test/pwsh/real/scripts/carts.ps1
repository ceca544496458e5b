# Multi-item carts from pwsh: New-Object line items and hashtables, left at the default Id.
param([Parameter(Mandatory)][int]$Count, [Parameter(Mandatory)][ValidateSet('New-Object', 'Hashtable')][string]$Kind)
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))

function New-LineItem([int]$Quantity) {
    if ($Kind -eq 'Hashtable') {
        return @{CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity = $Quantity; BillingCycle = 'Monthly'; TermDuration = 'P1M'}
    }
    $item = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
    $item.CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'
    $item.Quantity = $Quantity
    $item.BillingCycle = 'Monthly'
    $item.TermDuration = 'P1M'
    return $item
}

$items = @(1..$Count | ForEach-Object { New-LineItem -Quantity $_ })
$cart = New-PartnerCustomerCart -CustomerId $Customer -LineItems $items
$replacement = @(1..$Count | ForEach-Object { New-LineItem -Quantity (10 + $_) })
$updated = Set-PartnerCustomerCart -CustomerId $Customer -CartId $cart.CartId -LineItems $replacement
Write-Result ([ordered]@{
    created = @($cart.LineItems | ForEach-Object { ,@($_.Id, $_.Quantity) })
    updated = @($updated.LineItems | ForEach-Object { ,@($_.Id, $_.Quantity) })
    # The user's objects are not changed by sending them.
    userIds = @($items | ForEach-Object { if ($_ -is [hashtable]) { $_.ContainsKey('Id') } else { $_.Id } })
})
