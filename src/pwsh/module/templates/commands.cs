// The cmdlets, one compiled class each, under the original module's namespace and class names
// (so error ids read "<id>,Microsoft.Store.PartnerCenter.PowerShell.Commands.<Verb><Noun>").
namespace Microsoft.Store.PartnerCenter.PowerShell.Commands
{
    using System;
    using System.Collections.Generic;
    using System.Management.Automation;
    using Pcsh.PowerShell;

/*@Classes@*/
}
