using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

public sealed class MessageActionsPayloadBody
{
    /// <summary><c>html</c> or <c>text</c>.</summary>
    public string? ContentType { get; set; }
    public string? Content { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
