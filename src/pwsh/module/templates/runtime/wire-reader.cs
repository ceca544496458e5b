// A response line from pcsh host --stdio -> typed models, PSCustomObjects and ErrorRecords.
namespace Pcsh.PowerShell
{
    using System;
    using System.Collections.Generic;
    using System.Management.Automation;
    using System.Text.Json;
    using System.Text.Json.Serialization;

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
        /// <summary>Partner Center's error categories (error-category.ts) as PowerShell's own, as a compiled cmdlet reports them.</summary>
        static readonly Dictionary<string, ErrorCategory> PartnerCategories = new Dictionary<string, ErrorCategory>(StringComparer.OrdinalIgnoreCase)
        {
            { "BadInput", ErrorCategory.InvalidArgument },
            { "Unauthorized", ErrorCategory.AuthenticationError },
            { "Forbidden", ErrorCategory.PermissionDenied },
            { "NotFound", ErrorCategory.ObjectNotFound },
            { "UnsupportedDataFormat", ErrorCategory.InvalidData },
            { "RequestTimeout", ErrorCategory.OperationTimeout },
            { "AlreadyExists", ErrorCategory.ResourceExists },
            { "TooManyRequests", ErrorCategory.LimitsExceeded },
            { "ServerBusy", ErrorCategory.ResourceBusy },
            { "GatewayTimeout", ErrorCategory.OperationTimeout },
            { "ServerError", ErrorCategory.NotSpecified },
        };

        /// <summary>A model class compiled into this assembly under typeName, or null.</summary>
        static Type ModelType(string typeName)
        {
            if (string.IsNullOrEmpty(typeName)) { return null; }
            var type = typeof(WireReader).Assembly.GetType(typeName, false);
            return type != null && type.IsClass && type.Namespace != null && type.Namespace.Contains(".Models.") ? type : null;
        }

        // Read-only once built; JsonSerializerOptions caches type metadata, so one instance serves every call.
        static readonly JsonSerializerOptions Options = NewOptions();

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
            var type = element.ValueKind == JsonValueKind.Object ? ModelType(typeName) : null;
            if (type != null)
            {
                try { return JsonSerializer.Deserialize(element.GetRawText(), type, Options); }
                catch (JsonException) { }
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
            var exception = new PcshException(message, errorId, categoryName, exitCode, details);
            return new ErrorRecord(exception, errorId, Category(categoryName), target);
        }

        /// <summary>A PowerShell category name as it is, a Partner Center one mapped, anything else NotSpecified.</summary>
        static ErrorCategory Category(string name)
        {
            ErrorCategory category;
            if (PartnerCategories.TryGetValue(name, out category)) { return category; }
            var known = name.Length > 0 && !char.IsDigit(name[0]) && Enum.TryParse(name, true, out category) && Enum.IsDefined(typeof(ErrorCategory), category);
            return known ? category : ErrorCategory.NotSpecified;
        }

        static string Text(JsonElement parent, string name)
        {
            JsonElement value;
            if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out value)) { return null; }
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }
    }
}
