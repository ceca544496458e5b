    /// <summary>Finds customers of the partner: one by its tenant identifier, those with a domain, or all of them.</summary>
    [Cmdlet("Get", "PartnerCustomer", DefaultParameterSetName = "ById")]
    [OutputType("Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer")]
    public sealed class GetPartnerCustomer : PcshCmdlet
    {
        static readonly CommandSpec Command = new CommandSpec("Get-PartnerCustomer", false, null, "Microsoft.Store.PartnerCenter.PowerShell.Models.Customers.PSCustomer", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) {});

        protected override CommandSpec Spec { get { return Command; } }

        [Parameter(Position = 0, ParameterSetName = "ById")]
        [ValidatePattern("^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$")]
        public System.String CustomerId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "ByDomain")]
        [ValidateNotNull]
        public System.String Domain { get; set; }
    }
