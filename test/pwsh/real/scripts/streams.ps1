# -Verbose, -ErrorAction, -ErrorVariable and $ErrorActionPreference given to a wrapper function.
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))

function Get-Cart {
    [CmdletBinding()]
    param($CartId)
    Get-PartnerCustomerCart -CustomerId $Customer -CartId $CartId
}

$cart = New-TestCart
$quiet = @(Get-Cart -CartId $cart.CartId 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
$loud = @(Get-Cart -CartId $cart.CartId -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
$loudAgain = @(Get-Cart -CartId $cart.CartId -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

$stopped = 'not stopped'
try { Get-Cart -CartId 'no-such-cart' -ErrorAction Stop; $stopped = 'went on' } catch { $stopped = $_.FullyQualifiedErrorId }

$silent = @(Get-Cart -CartId 'no-such-cart' -ErrorAction SilentlyContinue -ErrorVariable wrapperErrors 2>&1)

$preference = 'not stopped'
& {
    $ErrorActionPreference = 'Stop'
    try { Get-Cart -CartId 'no-such-cart'; $script:preference = 'went on' } catch { $script:preference = $_.FullyQualifiedErrorId }
}

Get-PartnerCustomerCart -CustomerId $Customer -CartId 'no-such-cart' -ErrorAction SilentlyContinue -ErrorVariable direct
Write-Result ([ordered]@{
    quiet = $quiet.Count
    loud = @($loud | ForEach-Object Message)
    loudAgain = @($loudAgain | ForEach-Object Message)
    stopped = $stopped
    silentOutput = $silent.Count
    wrapperErrors = @($wrapperErrors | ForEach-Object { Get-ErrorShape $_ })
    preference = $preference
    direct = @($direct | ForEach-Object { Get-ErrorShape $_ })
})
