function New-PartnerCustomerCart {
    <#
    .EXTERNALHELP PartnerCenter-help.xml
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', DefaultParameterSetName = '__AllParameterSets', PositionalBinding = $false)]
    [OutputType('Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart')]
    param(
        [Parameter(Mandatory = $true)]
        [ValidatePattern('^(\{){0,1}[0-9a-fA-F]{8}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{12}(\}){0,1}$')]
        [System.String]
        $CustomerId,

        [Parameter(Mandatory = $true)]
        [ValidateNotNull()]
        [Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[]]
        $LineItems,

        [Parameter()]
        [switch]
        $PartnerOnRecordAttestationAccepted
    )

    begin {
        $command = @{
            Name = 'New-PartnerCustomerCart'
            ShouldProcessTarget = 'Creates a new cart for the customer with the identifier of {CustomerId}.'
            OutputType = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'
            Defaults = @{
                PartnerOnRecordAttestationAccepted = 'False'
            }
            SupportsShouldProcess = $true
        }
    }
    process {
        Invoke-PcshCommand -Command $command -Cmdlet $PSCmdlet -BoundParameters $PSBoundParameters
    }
}