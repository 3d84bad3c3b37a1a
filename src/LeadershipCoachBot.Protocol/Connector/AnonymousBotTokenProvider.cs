namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>No token: the bot has no app id (local development against the Emulator or Agents Playground).</summary>
public sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);
}
