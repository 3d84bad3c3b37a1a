using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>
/// One Bot Framework activity, with the wire names of the protocol. Fields that are not modelled
/// are kept in <see cref="Properties"/> and written back unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A new outgoing message activity.</summary>
    public static Activity CreateMessageActivity(string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// A message answering this activity: sender and recipient swapped, same conversation, threaded
    /// under this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        ReplyToId = Id,
        Locale = Locale,
        TextFormat = "plain",
        Attachments = [],
        Entities = [],
    };

    /// <summary>The <c>mention</c> entities of this activity, in order.</summary>
    public IReadOnlyList<Mention> GetMentions() =>
        Entities is null
            ? []
            : [.. Entities
                .Where(e => string.Equals(e.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
                .Select(e => e.GetAs<Mention>())];

    /// <summary>
    /// <c>channelData</c> read as <typeparamref name="T"/> (for Teams, <c>TeamsChannelData</c>);
    /// a new <typeparamref name="T"/> when the activity carries none.
    /// </summary>
    public T GetChannelData<T>() where T : new() =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
            ? data.Deserialize<T>(ProtocolJson.Options) ?? new T()
            : new T();

    /// <summary>A reference to this activity's conversation, for replies and proactive messages.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Fills the routing fields of an outgoing activity from a reference: the bot speaks as
    /// <c>from</c>, the user becomes the <c>recipient</c>, and the reply threads under the
    /// referenced activity unless it already names its own <c>replyToId</c>.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        From = reference.Bot;
        Recipient = reference.User;
        Locale ??= reference.Locale;
        ReplyToId ??= reference.ActivityId;
        return this;
    }
}
