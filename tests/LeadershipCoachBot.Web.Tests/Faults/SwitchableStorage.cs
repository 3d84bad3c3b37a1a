using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Web.Tests.Faults;

/// <summary>The host's real storage until a fault is switched on; then reads and/or writes go to the faulty store.</summary>
internal sealed class SwitchableStorage(IStorage healthy) : IStorage
{
    public IStorage? FaultyReads { get; set; }

    public IStorage? FaultyWrites { get; set; }

    public void Heal() => (FaultyReads, FaultyWrites) = (null, null);

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        (FaultyReads ?? healthy).ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default) =>
        (FaultyWrites ?? healthy).WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        (FaultyWrites ?? healthy).DeleteAsync(keys, cancellationToken);
}
