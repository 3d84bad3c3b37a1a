using System.Text.Json;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// Reads values of persisted dialog state whatever form they take: the object stored this turn, or
/// the <see cref="JsonElement"/> (numbers as <c>long</c> once normalised) that a storage round trip
/// gives back.
/// </summary>
internal static class StateValue
{
    public static T? ConvertTo<T>(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? default : JsonValues.To<T>(value);

    /// <summary>
    /// The value under <paramref name="key"/> as a <typeparamref name="T"/> that later changes go
    /// through: a reloaded value is converted once and written back.
    /// </summary>
    public static T GetOrCreate<T>(IDictionary<string, object> state, string key, Func<T> create)
        where T : class
    {
        if (state.TryGetValue(key, out var stored) && stored is T typed)
        {
            return typed;
        }

        var value = stored is null ? null : ConvertTo<T>(stored);
        value ??= create();
        state[key] = value;
        return value;
    }

    /// <summary>A string-keyed dictionary whose reloaded leaves are plain values again.</summary>
    public static IDictionary<string, object> GetOrCreateDictionary(IDictionary<string, object> state, string key)
    {
        if (state.TryGetValue(key, out var stored) && stored is IDictionary<string, object> typed)
        {
            return typed;
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        if (stored is JsonElement { ValueKind: JsonValueKind.Object } element)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (Normalise(property.Value) is { } leaf)
                {
                    values[property.Name] = leaf;
                }
            }
        }

        state[key] = values;
        return values;
    }

    /// <summary>A JSON leaf as the SDK would give it back: string, <c>long</c> (else <c>double</c>), bool; objects and arrays stay JSON.</summary>
    public static object? Normalise(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.Clone(),
    };
}
