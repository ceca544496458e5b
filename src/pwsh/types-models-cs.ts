/**
 * C# source of the cart models under their ORIGINAL full names, compiled by Add-Type when the
 * module loads. Plain C# 7 (no nullable annotations, records or file-scoped namespaces) so
 * every Add-Type from pwsh 7.2 on compiles it.
 *
 * ProvisioningContext is a Dictionary<string, string> subclass that pwsh can convert a
 * hashtable into (op_Implicit), so both `.ProvisioningContext.Add('duration', '1Year')` and
 * `.ProvisioningContext = @{duration = '1Year'}` work. AddonItems and Participants are likewise
 * subclasses of the original List<PSCartLineItem> / List<KeyValuePair<ParticipantType, string>>
 * with op_Implicit from a hashtable, one model and an array (of hashtables, PSCustomObjects or
 * models), so a hashtable line item `@{…; AddonItems=@{…}; Participants=@(@{Key=…;
 * Value=…})}` converts the way PowerShell converts the outer hashtable: property by property, each
 * element through LanguagePrimitives.ConvertTo (PowerShell's own conversion and error texts).
 * (A single PSCustomObject reaches a conversion as its empty base object, without its
 * properties, so only arrays of them convert — what ConvertFrom-Json writes for a JSON array.)
 * `.AddonItems.Add(…)` / `.Participants.Add(…)` keep working: they are still those lists.
 *
 * EnvironmentName is the original module's enum (same namespace and order, from
 * src/PowerShell/Models/Authentication/EnvironmentName.cs of Partner-Center-PowerShell) plus
 * Emulator; Connect-PartnerCenter's -Environment is typed with it (type-map.ts).
 *
 * Each class carries every property the runtime's model of the same name emits
 * (src/partner-center/models.ts, cart-mapping.ts, checkout-mapping.ts): the reader deserialises
 * the host's JSON into these types, so a property missing here is silently lost in pwsh
 * (test/pwsh/structure.test.ts checks it against a real emulator checkout).
 *
 * @module
 */
import { AUTHENTICATION_NAMESPACE, CARTS_NAMESPACE } from './type-map.ts';

/** EnvironmentName's members: the original's five in its order, then Emulator. */
export const ENVIRONMENT_NAME_MEMBERS = ['AzureCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzurePPE', 'AzureUSGovernment', 'Emulator'] as const;

export const MODELS_CS = `namespace ${AUTHENTICATION_NAMESPACE}
{
    /// <summary>The instances of Partner Center, as the original module names them, and pcsh's emulator.</summary>
    public enum EnvironmentName { ${ENVIRONMENT_NAME_MEMBERS.join(', ')} }
}

namespace ${CARTS_NAMESPACE}
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Management.Automation;

    public enum BillingCycleType { Unknown, Monthly, Annual, None, OneTime, Triennial, Biennial }

    public enum ParticipantType { Unknown, TransactionReseller, ConsumptionReseller, AdditionalTransactionReseller }

    /// <summary>A string map that a hashtable converts into: values become invariant strings.</summary>
    public class ProvisioningContextDictionary : Dictionary<string, string>
    {
        public ProvisioningContextDictionary() : base(StringComparer.OrdinalIgnoreCase) { }

        public ProvisioningContextDictionary(IDictionary source) : this()
        {
            if (source == null) { return; }
            foreach (DictionaryEntry entry in source)
            {
                this[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)] = Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
            }
        }

        public static implicit operator ProvisioningContextDictionary(Hashtable source)
        {
            return new ProvisioningContextDictionary(source);
        }

        public static implicit operator ProvisioningContextDictionary(System.Collections.Specialized.OrderedDictionary source)
        {
            return new ProvisioningContextDictionary(source);
        }
    }

    /// <summary>What pwsh hands an op_Implicit: one item, or the items of an array.</summary>
    static class ConvertibleItems
    {
        public static IEnumerable<object> Of(object value)
        {
            var pso = value as PSObject;
            if (pso != null && !(pso.BaseObject is PSCustomObject)) { value = pso.BaseObject; }
            if (value == null) { yield break; }
            var sequence = value as IEnumerable;
            if (sequence == null || value is string || value is IDictionary || value is PSObject)
            {
                yield return value;
                yield break;
            }
            foreach (var item in sequence) { yield return item; }
        }
    }

    /// <summary>AddonItems: a List&lt;PSCartLineItem&gt; that a hashtable, a line item or an array of them converts into.</summary>
    public class PSCartLineItemList : List<PSCartLineItem>
    {
        public PSCartLineItemList() { }

        public PSCartLineItemList(IEnumerable<PSCartLineItem> items) : base(items) { }

        static PSCartLineItemList From(object value)
        {
            var list = new PSCartLineItemList();
            foreach (var item in ConvertibleItems.Of(value))
            {
                list.Add(item == null ? null : (PSCartLineItem)LanguagePrimitives.ConvertTo(item, typeof(PSCartLineItem), CultureInfo.InvariantCulture));
            }
            return list;
        }

        public static implicit operator PSCartLineItemList(Hashtable source) { return From(source); }
        public static implicit operator PSCartLineItemList(System.Collections.Specialized.OrderedDictionary source) { return From(source); }
        public static implicit operator PSCartLineItemList(object[] source) { return From(source); }
        public static implicit operator PSCartLineItemList(PSCartLineItem source) { return From(source); }
        public static implicit operator PSCartLineItemList(PSCartLineItem[] source) { return From(source); }
    }

    /// <summary>
    /// Participants: a List&lt;KeyValuePair&lt;ParticipantType, string&gt;&gt; that @{Key=…; Value=…}, a
    /// PSCustomObject with Key and Value, a KeyValuePair or an array of them converts into. Key is
    /// converted as pwsh converts to ParticipantType (after dropping underscores: transaction_reseller).
    /// </summary>
    public class ParticipantList : List<KeyValuePair<ParticipantType, string>>
    {
        public ParticipantList() { }

        public ParticipantList(IEnumerable<KeyValuePair<ParticipantType, string>> items) : base(items) { }

        static ParticipantList From(object value)
        {
            var list = new ParticipantList();
            foreach (var item in ConvertibleItems.Of(value)) { list.Add(Participant(item)); }
            return list;
        }

        static KeyValuePair<ParticipantType, string> Participant(object item)
        {
            var pso = item as PSObject;
            if (pso != null && !(pso.BaseObject is PSCustomObject)) { item = pso.BaseObject; pso = null; }
            if (item is KeyValuePair<ParticipantType, string>) { return (KeyValuePair<ParticipantType, string>)item; }
            var entries = new List<KeyValuePair<string, object>>();
            var dictionary = item as IDictionary;
            if (dictionary != null)
            {
                foreach (DictionaryEntry entry in dictionary) { entries.Add(new KeyValuePair<string, object>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture), entry.Value)); }
            }
            else if (pso != null)
            {
                foreach (var property in pso.Properties) { entries.Add(new KeyValuePair<string, object>(property.Name, property.Value)); }
            }
            else
            {
                throw new InvalidCastException("A participant is written @{Key='TransactionReseller'; Value='<MPN ID>'}, not '" + Convert.ToString(item, CultureInfo.InvariantCulture) + "'.");
            }
            object key = null, value = null;
            bool hasKey = false;
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key, "Key", StringComparison.OrdinalIgnoreCase)) { key = entry.Value; hasKey = true; }
                else if (string.Equals(entry.Key, "Value", StringComparison.OrdinalIgnoreCase)) { value = entry.Value; }
                else { throw new InvalidCastException("The property '" + entry.Key + "' cannot be found on a participant. Known properties: Key, Value."); }
            }
            if (!hasKey || key == null) { throw new InvalidCastException("A participant needs a Key: @{Key='TransactionReseller'; Value='<MPN ID>'}."); }
            var keyText = key as string;
            if (keyText != null) { key = keyText.Replace("_", string.Empty); }
            var type = (ParticipantType)LanguagePrimitives.ConvertTo(key, typeof(ParticipantType), CultureInfo.InvariantCulture);
            var text = value == null ? null : (string)LanguagePrimitives.ConvertTo(value, typeof(string), CultureInfo.InvariantCulture);
            return new KeyValuePair<ParticipantType, string>(type, text);
        }

        public static implicit operator ParticipantList(Hashtable source) { return From(source); }
        public static implicit operator ParticipantList(System.Collections.Specialized.OrderedDictionary source) { return From(source); }
        public static implicit operator ParticipantList(object[] source) { return From(source); }
        public static implicit operator ParticipantList(KeyValuePair<ParticipantType, string> source) { return From(source); }
        public static implicit operator ParticipantList(KeyValuePair<ParticipantType, string>[] source) { return From(source); }
    }

    public class PSCartError
    {
        public string ErrorCode { get; set; }
        public string ErrorDescription { get; set; }
    }

    public class PSRenewsTo
    {
        public string TermDuration { get; set; }
    }

    /// <summary>A Partner Center link ({uri, method, headers}).</summary>
    public class PSLink
    {
        public string Uri { get; set; }
        public string Method { get; set; }
        public List<Dictionary<string, string>> Headers { get; set; }
    }

    /// <summary>The SDK's Pricing of an order line item.</summary>
    public class PSPricing
    {
        public double? ListPrice { get; set; }
        public double? DiscountedPrice { get; set; }
        public double? ProratedPrice { get; set; }
        public double? Price { get; set; }
        public double? ExtendedPrice { get; set; }
    }

    /// <summary>The SDK's ResourceAttributes.</summary>
    public class PSResourceAttributes
    {
        public string ObjectType { get; set; }
        public string Etag { get; set; }
    }

    public class PSCartLineItem
    {
        public PSCartLineItem()
        {
            AddonItems = new PSCartLineItemList();
            Participants = new ParticipantList();
            ProvisioningContext = new ProvisioningContextDictionary();
        }

        public PSCartLineItemList AddonItems { get; set; }
        public bool? AttestationAccepted { get; set; }
        public BillingCycleType BillingCycle { get; set; }
        public string CatalogItemId { get; set; }
        public string CurrencyCode { get; set; }
        public DateTime? CustomTermEndDate { get; set; }
        public PSCartError Error { get; set; }
        public string FriendlyName { get; set; }
        public int Id { get; set; }
        public string OrderGroup { get; set; }
        public ParticipantList Participants { get; set; }
        public string PromotionId { get; set; }
        public ProvisioningContextDictionary ProvisioningContext { get; set; }
        public int Quantity { get; set; }
        public PSRenewsTo RenewsTo { get; set; }
        public string TermDuration { get; set; }
    }

    public class PSCart
    {
        public PSCart() { LineItems = new List<PSCartLineItem>(); }

        public string CartId { get; set; }
        public DateTime? CreationTimestamp { get; set; }
        public DateTime? ExpirationTimestamp { get; set; }
        public DateTime? LastModifiedTimestamp { get; set; }
        public string LastModifiedUser { get; set; }
        public List<PSCartLineItem> LineItems { get; set; }
        public string Status { get; set; }
        public bool? PartnerOnRecordAttestationAccepted { get; set; }
    }

    public class PSOrderLineItem
    {
        public PSOrderLineItem() { ProvisioningContext = new ProvisioningContextDictionary(); }

        public int LineItemNumber { get; set; }
        public string OfferId { get; set; }
        public string SubscriptionId { get; set; }
        public string ParentSubscriptionId { get; set; }
        public string TermDuration { get; set; }
        public string FriendlyName { get; set; }
        public int Quantity { get; set; }
        public ProvisioningContextDictionary ProvisioningContext { get; set; }
        public PSRenewsTo RenewsTo { get; set; }
        public string TransactionType { get; set; }
        public string PromotionId { get; set; }
        public DateTime? CustomTermEndDate { get; set; }
        public PSPricing Pricing { get; set; }
        public string PartnerIdOnRecord { get; set; }
        public List<string> AdditionalPartnerIdsOnRecord { get; set; }
        public bool? AttestationAccepted { get; set; }
        public Dictionary<string, PSLink> Links { get; set; }
        public PSResourceAttributes Attributes { get; set; }
    }

    public class PSOrder
    {
        public PSOrder() { LineItems = new List<PSOrderLineItem>(); }

        public string OrderId { get; set; }
        public string AlternateId { get; set; }
        public string ReferenceCustomerId { get; set; }
        public string BillingCycle { get; set; }
        public string CurrencyCode { get; set; }
        public string CurrencySymbol { get; set; }
        public DateTime? CreationDate { get; set; }
        public string Status { get; set; }
        public string TransactionType { get; set; }
        public List<PSOrderLineItem> LineItems { get; set; }
        public double? TotalPrice { get; set; }
        public bool? PartnerOnRecordAttestationAccepted { get; set; }
        public Dictionary<string, PSLink> Links { get; set; }
        public PSResourceAttributes Attributes { get; set; }
    }

    public class PSOrderError
    {
        public string OrderGroupId { get; set; }
        public string Code { get; set; }
        public string Description { get; set; }
    }

    public class PSCartCheckoutResult
    {
        public PSCartCheckoutResult()
        {
            Orders = new List<PSOrder>();
            OrderErrors = new List<PSOrderError>();
        }

        public List<PSOrder> Orders { get; set; }
        public List<PSOrderError> OrderErrors { get; set; }
    }
}
`;
