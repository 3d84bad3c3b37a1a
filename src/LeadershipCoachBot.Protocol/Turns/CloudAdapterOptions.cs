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
    /// How long an activity id is remembered to drop redelivery. Teams re-sends an activity when
    /// the bot has not answered within 15 seconds; five minutes covers several retries.
    /// </summary>
    public TimeSpan DuplicateActivityWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most activity ids remembered at once; the oldest is forgotten first.</summary>
    public int MaxRememberedActivities { get; set; } = 10_000;
}
