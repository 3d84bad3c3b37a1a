using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>
/// The <c>value</c> of a <c>composeExtension/fetchTask</c> or <c>composeExtension/submitAction</c>
/// invoke. For a message action (<c>commandContext: "message"</c>) <see cref="MessagePayload"/>
/// holds the message the user picked.
/// </summary>
public sealed class MessagingExtensionAction
{
    public string? CommandId { get; set; }
    public string? CommandContext { get; set; }
    public string? BotMessagePreviewAction { get; set; }

    /// <summary>The submitted data: the card's <c>data</c> merged with its inputs.</summary>
    public JsonElement? Data { get; set; }

    public MessageActionsPayload? MessagePayload { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
