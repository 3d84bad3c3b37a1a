using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>
/// The body of <c>POST v3/conversations</c>: who the conversation is with. For a Teams 1:1 chat,
/// the bot, one member and the tenant; Teams answers with the existing 1:1 chat when there is one.
/// </summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }

    /// <summary>An activity to post as the conversation's first message.</summary>
    public Activity? Activity { get; set; }

    /// <summary>Teams wants <c>{"tenant": {"id": ...}}</c> here.</summary>
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
