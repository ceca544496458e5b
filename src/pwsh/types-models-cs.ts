/**
 * C# source of the cart models under their ORIGINAL full names, compiled by Add-Type when the
 * module loads. Plain C# 7 (no nullable annotations, records or file-scoped namespaces) so
 * every Add-Type from pwsh 7.2 on compiles it.
 *
 * ProvisioningContext is a Dictionary<string, string> subclass that pwsh can convert a
 * hashtable into (op_Implicit), so both `.ProvisioningContext.Add('duration', '1Year')` and
 * `.ProvisioningContext = @{duration = '1Year'}` work.
 *
 * Each class carries every property the runtime's model of the same name emits
 * (src/partner-center/models.ts, cart-mapping.ts, checkout-mapping.ts): the reader deserialises
 * the host's JSON into these types, so a property missing here is silently lost in pwsh
 * (test/pwsh/structure.test.ts checks it against a real emulator checkout).
 *
 * @module
 */
import { CARTS_NAMESPACE } from './type-map.ts';

export const MODELS_CS = `namespace ${CARTS_NAMESPACE}
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Globalization;

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

    public class PSCartError
    {
        public string ErrorCode { get; set; }
        public string ErrorDescription { get; set; }
    }

    public class PSRenewsTo
    {
        public string TermDuration { get; set; }
    }

    public class PSCartLineItem
    {
        public PSCartLineItem()
        {
            AddonItems = new List<PSCartLineItem>();
            Participants = new List<KeyValuePair<ParticipantType, string>>();
            ProvisioningContext = new ProvisioningContextDictionary();
        }

        public List<PSCartLineItem> AddonItems { get; set; }
        public bool? AttestationAccepted { get; set; }
        public BillingCycleType BillingCycle { get; set; }
        public string CatalogItemId { get; set; }
        public string CurrencyCode { get; set; }
        public DateTime? CustomTermEndDate { get; set; }
        public PSCartError Error { get; set; }
        public string FriendlyName { get; set; }
        public int Id { get; set; }
        public string OrderGroup { get; set; }
        public List<KeyValuePair<ParticipantType, string>> Participants { get; set; }
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
