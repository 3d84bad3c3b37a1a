using LeadershipCoachBot.Protocol.Connector;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class FakeBotTokenProvider(string token) : IBotTokenProvider
{
    public int Calls { get; private set; }

    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult<string?>(token);
    }
}
