using System.Text.Json.Nodes;
using Azure;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Web.Tests.Faults;

/// <summary>Storage that answers every write and delete with 503 Server Busy, as a throttled or failing table does.</summary>
internal sealed class WriteRefusingStorage : IStorage
{
    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Reads go to the healthy store.");

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default) =>
        throw new RequestFailedException(503, "The server is busy.", "ServerBusy", null);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        throw new RequestFailedException(503, "The server is busy.", "ServerBusy", null);
}
