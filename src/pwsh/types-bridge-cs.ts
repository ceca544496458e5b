/**
 * C# source of the JSON bridge the module uses to talk to `pcsh host --stdio`: serialise bound
 * parameters (PSObject, hashtables, model objects, PSCredential) to wire JSON, and turn a
 * response line back into typed models, PSCustomObjects and ErrorRecords. C# 7, compiled by
 * Add-Type together with the models.
 *
 * @module
 */
import { CARTS_NAMESPACE } from './type-map.ts';
import { LINE_ITEM_PROPERTIES } from '../binder/line-item.ts';

/**
 * The PSCartLineItem properties pcsh's binder accepts: every property of the model, including
 * OrderGroup, CurrencyCode and Error, which Partner Center assigns (the binder takes them so a
 * read-back item binds; the client never sends Error). The bridge still writes only these, so a
 * property added to the C# class but not to the binder cannot break
 * `Set-PartnerCustomerCart -LineItems $cart.LineItems` (test/pwsh/structure.test.ts keeps the
 * two lists equal). A model's string property that is '' is not written either: pwsh stores $null
 * given to a [string] property as '', so `@{…; TermDuration=$null}` is unset, as in pcsh.
 */
const LINE_ITEM_INPUT = LINE_ITEM_PROPERTIES.map((name) => `"${name}"`).join(', ');

export const BRIDGE_NAMESPACE = 'Pcsh.PowerShell';

export const BRIDGE_CS = `namespace ${BRIDGE_NAMESPACE}
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Globalization;
    using System.IO;
    using System.Management.Automation;
    using System.Reflection;
    using System.Text;
    using System.Text.Json;
    using System.Text.Json.Serialization;

    public class PcshException : Exception
    {
        public PcshException(string message, string errorId, string category, int exitCode, object details) : base(message)
        {
            ErrorId = errorId; Category = category; ExitCode = exitCode; Details = details;
        }
        public string ErrorId { get; private set; }
        public string Category { get; private set; }
        public int ExitCode { get; private set; }
        public object Details { get; private set; }
    }

    public static class WireJson
    {
        const string ModelsNamespace = "${CARTS_NAMESPACE}";
        static readonly HashSet<string> LineItemInput = new HashSet<string>(new[] { ${LINE_ITEM_INPUT} });

        public static string Serialize(object value)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream)) { Write(writer, value, 0); }
                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        static void Write(Utf8JsonWriter w, object value, int depth)
        {
            if (depth > 64) { throw new InvalidOperationException("The value is nested too deeply to send to pcsh."); }
            var pso = value as PSObject;
            if (pso != null)
            {
                if (pso.BaseObject is PSCustomObject) { WriteProperties(w, pso, depth); return; }
                value = pso.BaseObject;
            }
            if (value == null || value is DBNull) { w.WriteNullValue(); return; }
            if (WriteScalar(w, value)) { return; }
            var credential = value as PSCredential;
            if (credential != null)
            {
                w.WriteStartObject();
                w.WriteString("UserName", credential.UserName);
                w.WriteString("Password", credential.GetNetworkCredential().Password);
                w.WriteEndObject();
                return;
            }
            var dictionary = value as IDictionary;
            if (dictionary != null) { WriteDictionary(w, dictionary, depth); return; }
            var sequence = value as IEnumerable;
            if (sequence != null)
            {
                w.WriteStartArray();
                foreach (var item in sequence) { Write(w, item, depth + 1); }
                w.WriteEndArray();
                return;
            }
            if (value.GetType().Namespace == ModelsNamespace || value.GetType().IsValueType && value.GetType().IsGenericType)
            {
                WriteObject(w, value, depth);
                return;
            }
            w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        static bool WriteScalar(Utf8JsonWriter w, object value)
        {
            if (value is string || value is char || value is Guid || value is Uri) { w.WriteStringValue(value.ToString()); return true; }
            if (value is bool) { w.WriteBooleanValue((bool)value); return true; }
            if (value is SwitchParameter) { w.WriteBooleanValue(((SwitchParameter)value).IsPresent); return true; }
            if (value is Enum) { w.WriteStringValue(value.ToString()); return true; }
            if (value is int || value is long || value is short || value is byte || value is sbyte || value is ushort || value is uint) { w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); return true; }
            if (value is ulong) { w.WriteNumberValue((ulong)value); return true; }
            if (value is double || value is float) { w.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); return true; }
            if (value is decimal) { w.WriteNumberValue((decimal)value); return true; }
            if (value is DateTime) { w.WriteStringValue(((DateTime)value).ToString("o", CultureInfo.InvariantCulture)); return true; }
            if (value is DateTimeOffset) { w.WriteStringValue(((DateTimeOffset)value).ToString("o", CultureInfo.InvariantCulture)); return true; }
            if (value is System.Security.SecureString) { w.WriteStringValue(new System.Net.NetworkCredential(string.Empty, (System.Security.SecureString)value).Password); return true; }
            return false;
        }

        static void WriteProperties(Utf8JsonWriter w, PSObject pso, int depth)
        {
            w.WriteStartObject();
            foreach (var property in pso.Properties)
            {
                w.WritePropertyName(property.Name);
                Write(w, property.Value, depth + 1);
            }
            w.WriteEndObject();
        }

        static void WriteDictionary(Utf8JsonWriter w, IDictionary dictionary, int depth)
        {
            w.WriteStartObject();
            foreach (DictionaryEntry entry in dictionary)
            {
                w.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture));
                Write(w, entry.Value, depth + 1);
            }
            w.WriteEndObject();
        }

        static void WriteObject(Utf8JsonWriter w, object value, int depth)
        {
            w.WriteStartObject();
            var lineItem = value is ${CARTS_NAMESPACE}.PSCartLineItem;
            var model = value.GetType().Namespace == ModelsNamespace;
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.CanRead || property.GetIndexParameters().Length > 0) { continue; }
                if (lineItem && !LineItemInput.Contains(property.Name)) { continue; }
                var item = property.GetValue(value);
                // pwsh sets a [string] property given $null to '' (@{TermDuration=$null}): both are unset.
                if (item == null || item is string && ((string)item).Length == 0 && model) { continue; }
                w.WritePropertyName(property.Name);
                Write(w, item, depth + 1);
            }
            w.WriteEndObject();
        }
    }
}
`;
