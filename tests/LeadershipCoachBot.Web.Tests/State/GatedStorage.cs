using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>
/// An <see cref="IStorage"/> decorator that, while its <see cref="Rendezvous"/> is armed, holds each
/// read (after reading) until the rendezvous opens. With <c>readArrives</c> a read is itself an
/// arrival: two hosts sharing one rendezvous then both read before either can write.
/// </summary>
internal sealed class GatedStorage(IStorage inner, Rendezvous gate, bool readArrives) : IStorage
{
    public async Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var items = await inner.ReadAsync(keys, cancellationToken);
        if (gate.IsArmed)
        {
            if (readArrives)
            {
                gate.Arrive();
            }

            await gate.WaitAsync(cancellationToken);
        }

        return items;
    }

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
