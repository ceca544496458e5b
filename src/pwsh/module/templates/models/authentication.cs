// The original module's authentication types, under their original full names.
namespace Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication
{
    /// <summary>The instances of Partner Center in the original's order (EnvironmentName.cs), then pcsh's emulator.</summary>
    public enum EnvironmentName { AzureCloud, AzureChinaCloud, AzureGermanCloud, AzurePPE, AzureUSGovernment, Emulator }

    /// <summary>
    /// What Connect-PartnerCenter returns: the original's type name, with the properties pcsh's
    /// context has (who is signed in, where, how). Never a token or a secret.
    /// </summary>
    public class PartnerContext
    {
        public string Account { get; set; }
        public EnvironmentName Environment { get; set; }
        public string Tenant { get; set; }
        public string AuthMode { get; set; }
        public string ApplicationId { get; set; }
    }
}
