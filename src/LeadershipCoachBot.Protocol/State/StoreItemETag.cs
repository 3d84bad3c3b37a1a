using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>Reads and writes the <c>"eTag"</c> property of a stored JSON object.</summary>
public static class StoreItemETag
{
    public const string PropertyName = "eTag";

    public const string Any = "*";

    /// <summary>
    /// Write only if nothing is stored under the key yet: what state that was read as absent carries,
    /// so two first writes of one key cannot both succeed.
    /// </summary>
    public const string MustNotExist = "!absent";

    // Stored text is never embedded in HTML, so non-ASCII text stays as it is rather than as \uXXXX escapes.
    private static readonly JsonSerializerOptions StoredJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The eTag the value carries, or null when absent, empty or not a string.</summary>
    public static string? Get(JsonObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.TryGetPropertyValue(PropertyName, out var node)
            && node is JsonValue text
            && text.GetValueKind() == JsonValueKind.String
            && text.GetValue<string>() is { Length: > 0 } eTag
                ? eTag
                : null;
    }

    /// <summary>Whether a write with this value overwrites whatever is stored (eTag absent or "*").</summary>
    public static bool IsUnconditional(JsonObject value) => Get(value) is null or Any;

    public static void Set(JsonObject value, string eTag)
    {
        ArgumentNullException.ThrowIfNull(value);
        value[PropertyName] = eTag;
    }

    /// <summary>The value as compact JSON text without its eTag, as storage keeps it.</summary>
    public static string ToStoredJson(JsonObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var copy = (JsonObject)value.DeepClone();
        copy.Remove(PropertyName);
        return copy.ToJsonString(StoredJsonOptions);
    }
}
