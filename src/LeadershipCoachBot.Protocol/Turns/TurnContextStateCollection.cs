namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>Per-turn values, keyed by name (or by type name for services).</summary>
public sealed class TurnContextStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public T? Get<T>(string key) where T : class =>
        _values.TryGetValue(key, out var value) ? value as T : null;

    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    public void Set<T>(string key, T value) where T : class => _values[key] = value;

    public void Set<T>(T value) where T : class => Set(typeof(T).FullName!, value);

    public bool Remove(string key) => _values.Remove(key);
}
