/**
 * C# source of the reading half of the JSON bridge: a response line → HostReply (typed model
 * objects for the cmdlet's OutputType, PSCustomObjects otherwise, ErrorRecords keeping errorId,
 * category — unknown ones become NotSpecified with the original kept as the Reason — and message).
 *
 * @module
 */
import { CATALOG_OUTPUT_TYPES } from './catalog-models.ts';
import { CARTS_NAMESPACE } from './type-map.ts';
import { BRIDGE_NAMESPACE } from './types-bridge-cs.ts';

export const READER_CS = `namespace ${BRIDGE_NAMESPACE}
{
    using System;
    using System.Collections.Generic;
    using System.Management.Automation;
    using System.Text.Json;
    using System.Text.Json.Serialization;
    using ${CARTS_NAMESPACE};

    public class HostReply
    {
        public object Id { get; set; }
        public JsonElement[] Output { get; set; }
        public ErrorRecord[] Errors { get; set; }
        public bool[] Terminating { get; set; }
        public string[] Verbose { get; set; }
        public string[] Debug { get; set; }
        public string[] Warning { get; set; }
        public int ExitCode { get; set; }
    }

    public static class WireReader
    {
        static readonly Type[] ModelTypes = {
            typeof(PSCart), typeof(PSCartLineItem), typeof(PSCartCheckoutResult),
            ${CATALOG_OUTPUT_TYPES.map((name) => `typeof(${name})`).join(', ')}
        };

        static JsonSerializerOptions NewOptions()
        {
            var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
            options.Converters.Add(new JsonStringEnumConverter());
            return options;
        }

        public static HostReply ParseResponse(string line)
        {
            using (var document = JsonDocument.Parse(line))
            {
                var root = document.RootElement.Clone();
                var reply = new HostReply();
                JsonElement value;
                reply.Id = root.TryGetProperty("id", out value) ? ToPowerShell(value) : null;
                reply.ExitCode = root.TryGetProperty("exitCode", out value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
                reply.Output = Items(root, "output").ToArray();
                var errors = Items(root, "errors");
                reply.Errors = errors.ConvertAll(ToErrorRecord).ToArray();
                reply.Terminating = errors.ConvertAll(e => e.TryGetProperty("terminating", out value) && value.ValueKind == JsonValueKind.True).ToArray();
                var streams = root.TryGetProperty("streams", out value) && value.ValueKind == JsonValueKind.Object ? value : default(JsonElement);
                reply.Verbose = Lines(streams, "verbose");
                reply.Debug = Lines(streams, "debug");
                reply.Warning = Lines(streams, "warning");
                return reply;
            }
        }

        static List<JsonElement> Items(JsonElement parent, string name)
        {
            var items = new List<JsonElement>();
            JsonElement value;
            if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray()) { items.Add(item); }
            }
            return items;
        }

        static string[] Lines(JsonElement parent, string name)
        {
            return Items(parent, name).ConvertAll(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()).ToArray();
        }

        /// <summary>A model instance when typeName is a compiled model, else a PSCustomObject carrying typeName.</summary>
        public static object ConvertOutput(JsonElement element, string typeName)
        {
            foreach (var type in ModelTypes)
            {
                if (type.FullName != typeName || element.ValueKind != JsonValueKind.Object) { continue; }
                try { return JsonSerializer.Deserialize(element.GetRawText(), type, NewOptions()); }
                catch (JsonException) { break; }
            }
            var result = ToPowerShell(element);
            var pso = result as PSObject;
            if (pso != null && !string.IsNullOrEmpty(typeName)) { pso.TypeNames.Insert(0, typeName); }
            return result;
        }

        public static object ToPowerShell(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var pso = new PSObject();
                    foreach (var property in element.EnumerateObject()) { pso.Properties.Add(new PSNoteProperty(property.Name, ToPowerShell(property.Value))); }
                    return pso;
                case JsonValueKind.Array:
                    var list = new List<object>();
                    foreach (var item in element.EnumerateArray()) { list.Add(ToPowerShell(item)); }
                    return list.ToArray();
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.Number:
                    int i; long l;
                    if (element.TryGetInt32(out i)) { return i; }
                    if (element.TryGetInt64(out l)) { return l; }
                    return element.GetDouble();
                default: return null;
            }
        }

        public static ErrorRecord ToErrorRecord(JsonElement error)
        {
            var errorId = Text(error, "errorId") ?? "PcshError";
            var categoryName = Text(error, "category") ?? "NotSpecified";
            var message = Text(error, "message") ?? errorId;
            JsonElement value;
            var exitCode = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("exitCode", out value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 1;
            var details = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("details", out value) ? ToPowerShell(value) : null;
            var target = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("targetObject", out value) ? ToPowerShell(value) : null;
            ErrorCategory category;
            var known = Enum.TryParse(categoryName, true, out category) && Enum.IsDefined(typeof(ErrorCategory), category) && !char.IsDigit(categoryName[0]);
            var exception = new PcshException(message, errorId, categoryName, exitCode, details);
            var record = new ErrorRecord(exception, errorId, known ? category : ErrorCategory.NotSpecified, target);
            if (!known) { record.CategoryInfo.Reason = categoryName; }
            return record;
        }

        static string Text(JsonElement parent, string name)
        {
            JsonElement value;
            if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out value)) { return null; }
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }
    }
}
`;
