// Bound parameters (PSObjects, hashtables, models, PSCredential) -> the JSON request pcsh host --stdio reads.
namespace Pcsh.PowerShell
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
    using Microsoft.Store.PartnerCenter.PowerShell.Models.Carts;

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
        static readonly HashSet<string> LineItemInput = new HashSet<string>(new[] { /*@LineItemInput@*/ });

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
            if (sequence != null) { WriteSequence(w, sequence, depth); return; }
            if (IsModel(value) || value.GetType().IsValueType && value.GetType().IsGenericType)
            {
                WriteObject(w, value, depth, null);
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

        /// <summary>A model class compiled into this assembly (Models.* namespaces), written property by property.</summary>
        static bool IsModel(object value)
        {
            var type = value.GetType();
            return type.Assembly == typeof(WireJson).Assembly && type.Namespace != null && type.Namespace.Contains(".Models.");
        }

        /// <summary>
        /// An array. Line items that all still have the default Id 0 (New-Object or hashtables) are sent
        /// numbered 0, 1, 2 … in order, as Partner Center needs unique ids; the user's objects are not changed.
        /// </summary>
        static void WriteSequence(Utf8JsonWriter w, IEnumerable sequence, int depth)
        {
            var items = new List<object>();
            foreach (var item in sequence)
            {
                var pso = item as PSObject;
                items.Add(pso != null && !(pso.BaseObject is PSCustomObject) ? pso.BaseObject : item);
            }
            var number = items.Count > 0 && items.TrueForAll(item => item is PSCartLineItem && ((PSCartLineItem)item).Id == 0);
            w.WriteStartArray();
            for (var i = 0; i < items.Count; i++)
            {
                if (number) { WriteObject(w, items[i], depth + 1, i); }
                else { Write(w, items[i], depth + 1); }
            }
            w.WriteEndArray();
        }

        static void WriteObject(Utf8JsonWriter w, object value, int depth, int? id)
        {
            w.WriteStartObject();
            var lineItem = value is PSCartLineItem;
            var model = IsModel(value);
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.CanRead || property.GetIndexParameters().Length > 0) { continue; }
                if (lineItem && !LineItemInput.Contains(property.Name)) { continue; }
                var item = id.HasValue && lineItem && property.Name == "Id" ? id.Value : property.GetValue(value);
                // pwsh sets a [string] property given $null to '' (@{TermDuration=$null}): both are unset.
                if (item == null || item is string && ((string)item).Length == 0 && model) { continue; }
                w.WritePropertyName(property.Name);
                Write(w, item, depth + 1);
            }
            w.WriteEndObject();
        }
    }
}
