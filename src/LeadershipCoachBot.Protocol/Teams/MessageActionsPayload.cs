using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>The message a message action was started from. Its body is HTML.</summary>
public sealed class MessageActionsPayload
{
    public string? Id { get; set; }
    public string? ReplyToId { get; set; }
    public string? MessageType { get; set; }
    public string? CreatedDateTime { get; set; }
    public string? Locale { get; set; }
    public MessageActionsPayloadBody? Body { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
