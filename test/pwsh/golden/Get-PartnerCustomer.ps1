function Get-PartnerCustomer {
    <#
    .EXTERNALHELP PartnerCenter-help.xml
    #>
    [CmdletBinding(DefaultParameterSetName = 'ById', PositionalBinding = $false)]
    [OutputType('Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer')]
    param(
        [Parameter(Position = 0, ParameterSetName = 'ById')]
        [ValidatePattern('^(\{){0,1}[0-9a-fA-F]{8}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{12}(\}){0,1}$')]
        [System.String]
        $CustomerId,

        [Parameter(Mandatory = $true, ParameterSetName = 'ByDomain')]
        [ValidateNotNull()]
        [System.String]
        $Domain
    )

    begin {
        $command = @{
            Name = 'Get-PartnerCustomer'
            ShouldProcessTarget = $null
            OutputType = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer'
            Defaults = @{}
            SupportsShouldProcess = $false
        }
    }
    process {
        Invoke-PcshCommand -Command $command -Cmdlet $PSCmdlet -BoundParameters $PSBoundParameters
    }
}