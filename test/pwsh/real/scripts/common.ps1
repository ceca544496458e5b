# Shared by the test scripts: import the module under test, sign in to the emulator, and write
# results the test reads (one `RESULT <json>` line per object).
$ErrorActionPreference = 'Continue'
Import-Module $env:PCSH_TEST_MODULE
$null = Connect-PartnerCenter -Environment Emulator
$Customer = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'
$RequestLog = [System.IO.Path]::Combine($env:PCSH_EMULATOR_DATA, 'requests.log')

function Write-Result($Value) { 'RESULT ' + ($Value | ConvertTo-Json -Compress -Depth 6) }

function Get-RequestCount { if (Test-Path $RequestLog) { @(Get-Content $RequestLog).Count } else { 0 } }

function New-TestCart {
    New-PartnerCustomerCart -CustomerId $Customer -LineItems @{CatalogItemId = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity = 1; BillingCycle = 'Monthly'; TermDuration = 'P1M'}
}

# What an error record looks like, for comparison with a compiled cmdlet's.
function Get-ErrorShape($Record) {
    if ($null -eq $Record) { return $null }
    if ($Record -isnot [System.Management.Automation.ErrorRecord]) { return @{ NotARecord = $Record.GetType().FullName } }
    [ordered]@{
        Id = $Record.FullyQualifiedErrorId
        Category = [string]$Record.CategoryInfo.Category
        Activity = $Record.CategoryInfo.Activity
        Reason = $Record.CategoryInfo.Reason
        Exception = $Record.Exception.GetType().FullName
        Inner = if ($Record.Exception.InnerException) { $Record.Exception.InnerException.GetType().FullName } else { $null }
        Message = $Record.Exception.Message
    }
}
