using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Testing.Storage;

/// <summary>An <see cref="IStorage"/> decorator that records every read, write and delete it passes on.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private readonly List<IReadOnlyList<string>> _reads = [];
    private readonly List<IReadOnlyList<string>> _writes = [];
    private readonly List<IReadOnlyList<string>> _deletes = [];

    /// <summary>The keys of each read call, in call order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Reads => _reads;

    /// <summary>The keys of each write call, in call order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Writes => _writes;

    /// <summary>The keys of each delete call, in call order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Deletes => _deletes;

    public void Reset()
    {
        _reads.Clear();
        _writes.Clear();
        _deletes.Clear();
    }

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _reads.Add([.. keys]);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _writes.Add([.. changes.Keys]);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _deletes.Add([.. keys]);
        return inner.DeleteAsync(keys, cancellationToken);
    }
}
