namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>Gets the bearer token the bot presents to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// The access token for the connector's scope, or <see langword="null"/> when the bot runs
    /// anonymously and sends no <c>Authorization</c> header.
    /// </summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
