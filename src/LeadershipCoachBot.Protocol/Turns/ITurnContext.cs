using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>Everything one turn knows: the inbound activity, a way to answer, and per-turn state.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    Activity Activity { get; }

    /// <summary>Services and values that live for this turn only (state caches, the invoke response).</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>Whether the bot has sent anything other than a trace this turn.</summary>
    bool Responded { get; }

    /// <summary>Replies held back for a <c>deliveryMode: expectReplies</c> request.</summary>
    IReadOnlyList<Activity> BufferedReplyActivities { get; }

    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
