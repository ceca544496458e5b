# Runs one seed example (its commands, as a user would paste them) and reports what it wrote.
param([Parameter(Mandatory)][string]$Path)
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))
$output = @(. $Path)
foreach ($item in $output) {
    Write-Result ([ordered]@{
        Type = $item.GetType().FullName
        CartId = $item.CartId
        Status = $item.Status
        LineItems = @($item.LineItems | ForEach-Object { [ordered]@{ Id = $_.Id; CatalogItemId = $_.CatalogItemId; FriendlyName = $_.FriendlyName; Quantity = $_.Quantity; BillingCycle = [string]$_.BillingCycle; ProvisioningContext = $_.ProvisioningContext } })
    })
}
