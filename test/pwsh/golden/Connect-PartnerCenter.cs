    /// <summary>Signs in to Partner Center, or to the built-in emulator, for the cmdlets that follow.</summary>
    [Cmdlet("Connect", "PartnerCenter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "User")]
    [OutputType(typeof(Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext))]
    public sealed class ConnectPartnerCenter : PcshCmdlet
    {
        static readonly CommandSpec Command = new CommandSpec("Connect-PartnerCenter", true, "Connects to Partner Center ({Environment}).", "Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { { "Environment", "AzureCloud" } });

        protected override CommandSpec Spec { get { return Command; } }

        [Parameter(Mandatory = true, ParameterSetName = "AccessToken")]
        [ValidateNotNullOrEmpty]
        public System.String AccessToken { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "RefreshToken")]
        [Parameter(Mandatory = true, ParameterSetName = "ServicePrincipalCertificate")]
        [ValidatePattern("^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$")]
        public System.String ApplicationId { get; set; }

        [Parameter(ParameterSetName = "RefreshToken")]
        [Parameter(Mandatory = true, ParameterSetName = "ServicePrincipalCertificate")]
        [ValidateNotNullOrEmpty]
        public System.String CertificateThumbprint { get; set; }

        [Parameter(ParameterSetName = "RefreshToken")]
        [Parameter(Mandatory = true, ParameterSetName = "ServicePrincipal")]
        [ValidateNotNull]
        public System.Management.Automation.PSCredential Credential { get; set; }

        [Parameter()]
        public Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName Environment { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "RefreshToken")]
        [ValidateNotNull]
        public System.String RefreshToken { get; set; }

        [Parameter(ParameterSetName = "ServicePrincipalCertificate")]
        [Parameter(Mandatory = true, ParameterSetName = "ServicePrincipal")]
        public System.Management.Automation.SwitchParameter ServicePrincipal { get; set; }

        [Parameter(ParameterSetName = "User")]
        [Parameter(ParameterSetName = "AccessToken")]
        [Parameter(ParameterSetName = "RefreshToken")]
        [Parameter(Mandatory = true, ParameterSetName = "ServicePrincipalCertificate")]
        [Parameter(Mandatory = true, ParameterSetName = "ServicePrincipal")]
        [Alias("Domain", "TenantId")]
        [ValidateNotNullOrEmpty]
        public System.String Tenant { get; set; }

        [Parameter(ParameterSetName = "User")]
        [Alias("Device", "DeviceAuth", "DeviceCode")]
        public System.Management.Automation.SwitchParameter UseDeviceAuthentication { get; set; }
    }
