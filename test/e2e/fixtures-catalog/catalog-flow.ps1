# Run by test/e2e/catalog-pwsh.test.ts in a real pwsh: the generated module, the way from a domain
# name and a product title to a submitted cart (the help's PowerShell example), and the errors a
# script meets. Prints one JSON object for the test to check.
param([Parameter(Mandatory = $true)][string]$ModulePath)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
$null = Connect-PartnerCenter -Environment Emulator

$customer = Get-PartnerCustomer -Domain 'contoso.onmicrosoft.com'
$product = Get-PartnerProduct -Catalog OnlineServices -CountryCode US | Where-Object Title -eq 'Microsoft 365 Business Basic'
$sku = Get-PartnerProductSku -ProductId $product.ProductId -CountryCode US | Select-Object -First 1
$a = Get-PartnerProductAvailability -ProductId $product.ProductId -SkuId $sku.SkuId -CountryCode US | Select-Object -First 1
$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
$lineItem.CatalogItemId = $a.CatalogItemId
$lineItem.BillingCycle = 'Monthly'
$lineItem.TermDuration = 'P1M'
$lineItem.Quantity = 5
$cart = New-PartnerCustomerCart -CustomerId $customer.CustomerId -LineItems $lineItem
$checkout = Submit-PartnerCustomerCart -CustomerId $customer.CustomerId -CartId $cart.CartId

function Get-ErrorFacts([scriptblock]$Call) {
    try { & $Call; return @{ thrown = $false } }
    catch { return @{ thrown = $true; id = $_.FullyQualifiedErrorId; category = "$($_.CategoryInfo.Category)"; message = $_.Exception.Message } }
}

[ordered]@{
    customerType     = $customer.PSObject.TypeNames[0]
    customerClass    = $customer.GetType().FullName
    customerId       = $customer.CustomerId
    relationship     = "$($customer.RelationshipToPartner)"
    skuCycles        = @($a.Sku.SupportedBillingCycles | ForEach-Object { "$_" })
    availabilityKind = $a.GetType().FullName
    productType      = (Get-PartnerProduct -ProductId $product.ProductId).PSObject.TypeNames[0]
    skuType          = (Get-PartnerProductSku -ProductId $product.ProductId -SkuId 0001).PSObject.TypeNames[0]
    availabilityType = (Get-PartnerProductAvailability -ProductId $product.ProductId -SkuId $sku.SkuId)[0].PSObject.TypeNames[0]
    catalogItemId    = $lineItem.CatalogItemId
    cartStatus       = (Get-PartnerCustomerCart -CustomerId $customer.CustomerId -CartId $cart.CartId).Status
    orderedOffers    = @($checkout.Orders | ForEach-Object { $_.LineItems } | ForEach-Object { $_.OfferId })
    customerCount    = @(Get-PartnerCustomer).Count
    unknownProduct   = Get-ErrorFacts { Get-PartnerProduct -ProductId 'NOPE00000000' }
    unknownCustomer  = Get-ErrorFacts { Get-PartnerCustomer -CustomerId '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' }
    badCountry       = Get-ErrorFacts { Get-PartnerProduct -Catalog OnlineServices -CountryCode XX }
    badCustomerId    = Get-ErrorFacts { Get-PartnerCustomer -CustomerId 'contoso' }
} | ConvertTo-Json -Depth 5 -Compress
