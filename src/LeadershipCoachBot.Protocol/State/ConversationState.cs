using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>State shared by everyone in a conversation (for Teams, per channel thread): key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId is { Length: > 0 } channel
            ? channel
            : throw new InvalidOperationException("The activity has no channelId, so conversation state has no key; the channel must send channelId.");
        var conversationId = activity.Conversation?.Id is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The activity has no conversation.id, so conversation state has no key; the channel must send conversation.id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
