using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>State that follows a user across conversations on one channel: key <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId is { Length: > 0 } channel
            ? channel
            : throw new InvalidOperationException("The activity has no channelId, so user state has no key; the channel must send channelId.");
        var userId = activity.From?.Id is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The activity has no from.id, so user state has no key; the channel must send from.id.");
        return $"{channelId}/users/{userId}";
    }
}
