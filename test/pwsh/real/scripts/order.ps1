# The issue's wrapper script: a user's order.ps1 that checks a cart out.
[CmdletBinding(SupportsShouldProcess)]
param($CartId)
Submit-PartnerCustomerCart -CustomerId 46a62ece-10ad-42e5-b3f1-b2ed53e6fc08 -CartId $CartId
