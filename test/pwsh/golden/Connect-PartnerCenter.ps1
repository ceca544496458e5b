function Connect-PartnerCenter {
    <#
    .EXTERNALHELP PartnerCenter-help.xml
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', DefaultParameterSetName = 'User', PositionalBinding = $false)]
    [OutputType('Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext')]
    param(
        [Parameter(Mandatory = $true, ParameterSetName = 'AccessToken')]
        [ValidateNotNullOrEmpty()]
        [System.String]
        $AccessToken,

        [Parameter(Mandatory = $true, ParameterSetName = 'RefreshToken')]
        [Parameter(Mandatory = $true, ParameterSetName = 'ServicePrincipalCertificate')]
        [ValidatePattern('^(\{){0,1}[0-9a-fA-F]{8}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{12}(\}){0,1}$')]
        [System.String]
        $ApplicationId,

        [Parameter(ParameterSetName = 'RefreshToken')]
        [Parameter(Mandatory = $true, ParameterSetName = 'ServicePrincipalCertificate')]
        [ValidateNotNullOrEmpty()]
        [System.String]
        $CertificateThumbprint,

        [Parameter(ParameterSetName = 'RefreshToken')]
        [Parameter(Mandatory = $true, ParameterSetName = 'ServicePrincipal')]
        [ValidateNotNull()]
        [System.Management.Automation.PSCredential]
        $Credential,

        [Parameter()]
        [Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName]
        $Environment,

        [Parameter(Mandatory = $true, ParameterSetName = 'RefreshToken')]
        [ValidateNotNull()]
        [System.String]
        $RefreshToken,

        [Parameter(ParameterSetName = 'ServicePrincipalCertificate')]
        [Parameter(Mandatory = $true, ParameterSetName = 'ServicePrincipal')]
        [switch]
        $ServicePrincipal,

        [Parameter(ParameterSetName = 'User')]
        [Parameter(ParameterSetName = 'AccessToken')]
        [Parameter(ParameterSetName = 'RefreshToken')]
        [Parameter(Mandatory = $true, ParameterSetName = 'ServicePrincipalCertificate')]
        [Parameter(Mandatory = $true, ParameterSetName = 'ServicePrincipal')]
        [Alias('Domain', 'TenantId')]
        [ValidateNotNullOrEmpty()]
        [System.String]
        $Tenant,

        [Parameter(ParameterSetName = 'User')]
        [Alias('Device', 'DeviceAuth', 'DeviceCode')]
        [switch]
        $UseDeviceAuthentication
    )

    begin {
        $command = @{
            Name = 'Connect-PartnerCenter'
            ShouldProcessTarget = 'Connects to Partner Center ({Environment}).'
            OutputType = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext'
            Defaults = @{
                Environment = 'AzureCloud'
            }
            SupportsShouldProcess = $true
        }
    }
    process {
        Invoke-PcshCommand -Command $command -Cmdlet $PSCmdlet -BoundParameters $PSBoundParameters
    }
}