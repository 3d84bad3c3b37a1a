using System.Globalization;
using System.Text.Json.Nodes;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// In-process <see cref="IStorage"/> for tests and local runs. Values are kept as JSON text, so
/// callers never share objects with the store. Versions are an increasing counter. Writing with a
/// specific eTag to a key that is not stored is a conflict (the item it was read from is gone).
/// A write of several items is all or nothing: it checks every eTag before storing any value.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoredEntry> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key);
                if (_items.TryGetValue(key, out var entry))
                {
                    var value = JsonNode.Parse(entry.Json)!.AsObject();
                    StoreItemETag.Set(value, entry.ETag);
                    result[key] = value;
                }
            }
        }

        return Task.FromResult<IDictionary<string, JsonObject>>(result);
    }

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new List<(string Key, JsonObject Value, string Json)>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(value, $"changes[{key}]");
            pending.Add((key, value, StoreItemETag.ToStoredJson(value)));
        }

        lock (_gate)
        {
            foreach (var (key, value, _) in pending)
            {
                var expected = StoreItemETag.Get(value);
                var conflict = expected == StoreItemETag.MustNotExist
                    ? _items.ContainsKey(key)
                    : !StoreItemETag.IsUnconditional(value)
                        && (!_items.TryGetValue(key, out var stored) || !string.Equals(stored.ETag, expected, StringComparison.Ordinal));
                if (conflict)
                {
                    throw new ETagConflictException(key, expected);
                }
            }

            foreach (var (key, value, json) in pending)
            {
                var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoredEntry(json, eTag);
                StoreItemETag.Set(value, eTag);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key);
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private sealed record StoredEntry(string Json, string ETag);
}
