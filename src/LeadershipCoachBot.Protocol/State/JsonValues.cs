using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// Normalises values read back from storage: an <c>object</c> that was an <c>int</c> when saved comes
/// back as a <see cref="JsonElement"/> (or a <c>long</c> from other JSON readers); these turn it into
/// the type the code expects.
/// </summary>
public static class JsonValues
{
    /// <summary>The value as an <see cref="int"/>; throws when it is not a whole number in range.</summary>
    public static int ToInt32(object? value) => value switch
    {
        int i => i,
        long l => checked((int)l),
        short s => s,
        byte b => b,
        double d when d == Math.Floor(d) => checked((int)d),
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var i) => i,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => ToInt32(v.Deserialize<JsonElement>()),
        _ => throw new InvalidCastException($"Expected a whole number in the range of Int32 but found {Describe(value)}."),
    };

    /// <summary>The value as a <see cref="long"/>; throws when it is not a whole number in range.</summary>
    public static long ToInt64(object? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        double d when d == Math.Floor(d) => checked((long)d),
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var l) => l,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => ToInt64(v.Deserialize<JsonElement>()),
        _ => throw new InvalidCastException($"Expected a whole number in the range of Int64 but found {Describe(value)}."),
    };

    /// <summary>
    /// The value as <typeparamref name="T"/>: itself when it already is one, a JSON value deserialised
    /// with <see cref="ProtocolJson.Options"/>, or a number converted; null stays default.
    /// </summary>
    public static T? To<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize<T>(ProtocolJson.Options),
        JsonNode node => node.Deserialize<T>(ProtocolJson.Options),
        IConvertible convertible when IsNumber(typeof(T)) =>
            (T)convertible.ToType(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), ProtocolJson.Options).Deserialize<T>(ProtocolJson.Options),
    };

    private static bool IsNumber(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte)
            || t == typeof(double) || t == typeof(float) || t == typeof(decimal);
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        JsonElement e => $"a JSON {e.ValueKind}",
        _ => $"a {value.GetType().Name}",
    };
}
