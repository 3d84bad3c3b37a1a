using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// What Insert into message puts in the compose box: the leader's message as a card holding its
/// text only (a message extension inserts cards, not plain text), sent by the leader when they choose.
/// </summary>
public static class InsertedMessageCard
{
    public static Attachment Create(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new AdaptiveCard
        {
            Body = [new AdaptiveTextBlock(message)],
            FallbackText = message,
        }.ToAttachment();
    }
}
