# Import the module and make one call: where the assembly came from, and that the call worked.
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))
$cart = New-TestCart
Write-Result ([ordered]@{
    assembly = [Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart].Assembly.Location
    status = $cart.Status
})
