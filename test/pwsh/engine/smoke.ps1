$env:PCSH_COMMAND = $env:FAKE_HOST
function New-Object { param([string]$TypeName) ([type]$TypeName)::new() }
Import-Module $env:MODULE_PSD1 -ErrorAction Stop
(Get-Module PartnerCenter).ExportedFunctions.Keys -join ','
Get-Command New-PartnerCustomerCart -Syntax
Get-Command Connect-PartnerCenter -Syntax
$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
$lineItem.BillingCycle = 'OneTime'
$lineItem.CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'
$lineItem.FriendlyName = 'Sample RI Purchase'
$lineItem.ProvisioningContext.Add('duration', '1Year')
$lineItem.ProvisioningContext.Add('scope', 'shared')
$lineItem.Quantity = 10
$li2 = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem
$li2.ProvisioningContext =  @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'}
'pc2: ' + ($li2.ProvisioningContext.Keys -join ',') + ' ' + $li2.ProvisioningContext.GetType().FullName
New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItem -WhatIf
$cart = New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItem, $li2 -Verbose
'cart type: ' + $cart.GetType().FullName + ' ' + $cart.CartId + ' ' + $cart.CreationTimestamp.ToString('o') + ' n=' + $cart.LineItems.Count + ' bc=' + $cart.LineItems[0].BillingCycle + ' pc=' + $cart.LineItems[1].ProvisioningContext['subscriptionId']
$c2 = Set-PartnerCustomerCart -CartId 'x' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $cart.LineItems -Confirm:$false
'set ok ' + $c2.CartId
try { New-PartnerCustomerCart -CustomerId 'nope' -LineItems $lineItem } catch { 'validation: ' + $_.FullyQualifiedErrorId }
Get-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -CartId 'x' -ErrorVariable ev -ErrorAction SilentlyContinue
'ev: ' + $ev[0].FullyQualifiedErrorId + ' | ' + $ev[0].CategoryInfo.Category + ' | ' + $ev[0].CategoryInfo.Reason + ' | ' + $ev[0].Exception.Message + ' | ' + $ev[0].TargetObject
try { Submit-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -CartId 'x' -Confirm:$false; 'not reached' } catch { 'terminating: ' + $_.FullyQualifiedErrorId + ' ' + $_.CategoryInfo.Category }
$r = Connect-PartnerCenter -Environment Emulator -Credential ([pscredential]::new('app', ([System.Net.NetworkCredential]::new("", "sec").SecurePassword))) -ApplicationId a -RefreshToken r -WhatIf
'connect whatif done'
(Get-Help New-PartnerCustomerCart).Synopsis
Remove-Module PartnerCenter
Import-Module $env:MODULE_PSD1 -Force
'reimport ok'
