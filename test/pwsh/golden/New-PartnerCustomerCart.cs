    /// <summary>Creates a cart of line items for a customer.</summary>
    [Cmdlet("New", "PartnerCustomerCart", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart))]
    public sealed class NewPartnerCustomerCart : PcshCmdlet
    {
        static readonly CommandSpec Command = new CommandSpec("New-PartnerCustomerCart", true, "Creates a new cart for the customer with the identifier of {CustomerId}.", "Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { { "PartnerOnRecordAttestationAccepted", "False" } });

        protected override CommandSpec Spec { get { return Command; } }

        [Parameter(Mandatory = true)]
        [ValidatePattern("^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$")]
        public System.String CustomerId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[] LineItems { get; set; }

        [Parameter()]
        public System.Management.Automation.SwitchParameter PartnerOnRecordAttestationAccepted { get; set; }
    }
