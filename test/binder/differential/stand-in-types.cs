// Stand-in types for the differential test (test/binder/differential): the parameter types of the
// original Partner Center PowerShell module and SDK, declared with the same names, members and enum
// values (facts from Microsoft/Partner-Center-PowerShell and its SDK), plus the base class every
// generated stand-in cmdlet derives from. A stand-in only reports what PowerShell bound.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Microsoft.Store.PartnerCenter.Models.Carts.Enums
{
    public enum CartErrorCode
    {
        Unknown = 0, CurrencyIsNotSupported = 10000, CatalogItemIdIsNotValid = 10001, QuotaNotAvailable = 10002,
        InventoryNotAvailable = 10003, ParticipantsIsNotSupportedForPartner = 10004, UnableToProcessCartLineItem = 10006,
        SubscriptionIsNotValid = 10007, SubscriptionIsNotEnabledForRI = 10008, SandboxLimitExceeded = 10009,
        InvalidInput = 10010, SubscriptionNotRegistered = 10011, AzureSubscriptionNotRegistered = 10012,
        BaseOfferSeatQuantityNotMet = 10015, ConflictInBaseOfferRequirement = 10016,
    }
}

namespace Microsoft.Store.PartnerCenter.Models.Offers
{
    public enum BillingCycleType { Unknown, Monthly, Annual, None, OneTime }
}

namespace Microsoft.Store.PartnerCenter.Models
{
    public enum ParticipantType { Unknown, TransactionReseller, ConsumptionReseller, AdditionalTransactionReseller }
}

namespace Microsoft.Store.PartnerCenter.Models.Carts
{
    using Microsoft.Store.PartnerCenter.Models;
    using Microsoft.Store.PartnerCenter.Models.Carts.Enums;
    using Microsoft.Store.PartnerCenter.Models.Offers;

    public class CartError
    {
        public CartErrorCode ErrorCode { get; set; }
        public string ErrorDescription { get; set; }
    }

    public class CartLineItem
    {
        public int Id { get; set; }
        public string CatalogItemId { get; set; }
        public string FriendlyName { get; set; }
        public int Quantity { get; set; }
        public string CurrencyCode { get; set; }
        public BillingCycleType BillingCycle { get; set; }
        public string TermDuration { get; set; }
        public IEnumerable<KeyValuePair<ParticipantType, string>> Participants { get; set; }
        public IDictionary<string, string> ProvisioningContext { get; set; }
        public string OrderGroup { get; set; }
        public IEnumerable<CartLineItem> AddonItems { get; set; }
        public CartError Error { get; set; }
    }
}

namespace Microsoft.Store.PartnerCenter.PowerShell.Models.Carts
{
    using Microsoft.Store.PartnerCenter.Models;
    using Microsoft.Store.PartnerCenter.Models.Carts;
    using Microsoft.Store.PartnerCenter.Models.Offers;

    public sealed class PSCartLineItem
    {
        public PSCartLineItem() { ProvisioningContext = new Hashtable(); }
        public IEnumerable<CartLineItem> AddonItems { get; set; }
        public BillingCycleType BillingCycle { get; set; }
        public string CatalogItemId { get; set; }
        public string CurrencyCode { get; set; }
        public CartError Error { get; set; }
        public string FriendlyName { get; set; }
        public int Id { get; set; }
        public string OrderGroup { get; set; }
        public IEnumerable<KeyValuePair<ParticipantType, string>> Participants { get; set; }
        public Hashtable ProvisioningContext { get; }
        public int Quantity { get; set; }
        public string TermDuration { get; set; }
    }
}

namespace Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication
{
    public enum EnvironmentName { AzureCloud, AzureChinaCloud, AzureGermanCloud, AzurePPE, AzureUSGovernment }
}

namespace Pcsh.Differential
{
    /// <summary>Writes one object: the parameter set PowerShell chose and the bound parameters as plain data.</summary>
    public abstract class StandInCmdlet : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var bound = new Dictionary<string, object>();
            foreach (var entry in MyInvocation.BoundParameters) bound[entry.Key] = Plain(entry.Value, 0);
            var answer = new Dictionary<string, object> { ["parameterSet"] = ParameterSetName, ["bound"] = bound };
            WriteObject(answer);
        }

        /// <summary>A bound value as strings, numbers, booleans, lists and maps (enums by name, objects by property).</summary>
        public static object Plain(object value, int depth)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            if (value == null || depth > 8) return null;
            if (value is SwitchParameter s) return s.IsPresent;
            if (value is Enum e) return e.ToString();
            if (value is string || value is bool || value is int || value is long || value is double) return value;
            if (value is PSCredential credential) return new Dictionary<string, object> { ["UserName"] = credential.UserName };
            if (value is DateTime date) return date.ToString("o");
            if (value is IDictionary map)
            {
                var plainMap = new Dictionary<string, object>();
                foreach (DictionaryEntry item in map) plainMap[Convert.ToString(item.Key)] = Plain(item.Value, depth + 1);
                return plainMap;
            }
            var type = value.GetType();
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
            {
                return new Dictionary<string, object> { ["Key"] = Plain(type.GetProperty("Key").GetValue(value), depth + 1), ["Value"] = Plain(type.GetProperty("Value").GetValue(value), depth + 1) };
            }
            if (value is IEnumerable list) return list.Cast<object>().Select(item => Plain(item, depth + 1)).ToList();
            var properties = new Dictionary<string, object>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) properties[property.Name] = Plain(property.GetValue(value), depth + 1);
            return properties;
        }
    }
}
