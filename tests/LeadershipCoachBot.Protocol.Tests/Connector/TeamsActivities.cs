using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>Outgoing Teams activities with the ids Teams really uses.</summary>
public static class TeamsActivities
{
    public const string PersonalConversationId = "a:1Xy;messageid=1658";
    public const string ChannelConversationId = "19:abc@thread.tacv2";
    public const string InboundActivityId = "1658";

    public static Activity Reply(string serviceUrl, string conversationId, string text = "Here is a calmer draft.") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "28:bot-app-id", Name = "Coach" },
        Recipient = new ChannelAccount { Id = "29:user-aad" },
        Conversation = new ConversationAccount { Id = conversationId },
        ReplyToId = InboundActivityId,
        Text = text,
    };
}
