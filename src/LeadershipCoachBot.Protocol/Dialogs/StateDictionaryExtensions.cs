namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// Typed reads and writes of dialog state (<see cref="WaterfallStepContext.Values"/>,
/// <see cref="DialogInstance.State"/>), so dialogs keep a typed record instead of casting.
/// A value reads back the same before and after a storage round trip (JSON, numbers as <c>long</c>).
/// </summary>
public static class StateDictionaryExtensions
{
    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, or default when absent.</summary>
    public static T? GetValue<T>(this IDictionary<string, object> state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(key);
        return state.TryGetValue(key, out var value) ? StateValue.ConvertTo<T>(value) : default;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>; null removes the key.</summary>
    public static void SetValue<T>(this IDictionary<string, object> state, string key, T? value)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            state.Remove(key);
        }
        else
        {
            state[key] = value;
        }
    }
}
