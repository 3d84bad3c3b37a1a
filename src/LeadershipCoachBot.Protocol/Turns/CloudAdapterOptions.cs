namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>Limits of the <c>/api/messages</c> endpoint, bound from the <c>Bot</c> configuration section.</summary>
public sealed class CloudAdapterOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// The largest request body accepted, in bytes; larger ones get 413 without being read further.
    /// 256 KiB: Teams caps a bot message at about 100 KB (counted as UTF-16) and an inbound activity
    /// adds an envelope (ids, entities, channelData, a message action's HTML payload) of a few KB,
    /// so real traffic stays well under this, while one request can never hold more than this much
    /// memory or JSON parsing work.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The most one turn may take from waiting for its conversation's lock to saving its state; past it
    /// the turn is abandoned, its state is not saved and the user is told. With the reply's own
    /// deadline (<c>BotConnector:Timeout</c>) it keeps a turn inside Teams' 15-second wait.
    /// </summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The most one storage read, write or delete may take.</summary>
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
