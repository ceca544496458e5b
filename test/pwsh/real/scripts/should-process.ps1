# -WhatIf / -Confirm / $WhatIfPreference / $ConfirmPreference reaching Submit-PartnerCustomerCart
# from a caller, and New-Item (a compiled cmdlet) in the same spot for comparison.
param([Parameter(Mandatory)][string]$Case)
. ([System.IO.Path]::Combine($PSScriptRoot, 'common.ps1'))

function Invoke-Order {
    [CmdletBinding(SupportsShouldProcess)]
    param($CartId, $Path)
    Submit-PartnerCustomerCart -CustomerId $Customer -CartId $CartId
    New-Item -Path $Path -ItemType File | Out-Null
}

function Invoke-PlainOrder {
    param($CartId, $Path)
    Submit-PartnerCustomerCart -CustomerId $Customer -CartId $CartId
    New-Item -Path $Path -ItemType File | Out-Null
}

$cart = New-TestCart
$file = [System.IO.Path]::Combine($PWD, 'compiled-stand-in.txt')
$before = Get-RequestCount
$caught = $null
$newItemError = $null
try {
    switch ($Case) {
        'script-whatif' { & ([System.IO.Path]::Combine($PSScriptRoot, 'order.ps1')) -CartId $cart.CartId -WhatIf; New-Item -Path $file -ItemType File -WhatIf | Out-Null }
        'function-whatif' { Invoke-Order -CartId $cart.CartId -Path $file -WhatIf }
        'whatif-preference' { $WhatIfPreference = $true; Invoke-PlainOrder -CartId $cart.CartId -Path $file; $WhatIfPreference = $false }
        'whatif-false' { Invoke-Order -CartId $cart.CartId -Path $file -WhatIf:$false }
        'confirm-preference' {
            $ConfirmPreference = 'Low'
            try { Invoke-PlainOrder -CartId $cart.CartId -Path $file } catch { $caught = $_ }
            try { New-Item -Path $file -ItemType File | Out-Null } catch { $newItemError = $_ }
            $ConfirmPreference = 'High'
        }
        'confirm-switch' {
            try { Submit-PartnerCustomerCart -CustomerId $Customer -CartId $cart.CartId -Confirm } catch { $caught = $_ }
            try { New-Item -Path $file -ItemType File -Confirm | Out-Null } catch { $newItemError = $_ }
        }
    }
} catch {
    $caught = $_
}
$after = Get-RequestCount
Write-Result ([ordered]@{
    sent = $after - $before
    status = (Get-PartnerCustomerCart -CustomerId $Customer -CartId $cart.CartId).Status
    fileCreated = Test-Path $file
    error = Get-ErrorShape $caught
    newItemError = Get-ErrorShape $newItemError
})
