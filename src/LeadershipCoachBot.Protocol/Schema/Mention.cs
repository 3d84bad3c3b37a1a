using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>
/// A <c>mention</c> entity: who was mentioned, and the exact markup (<c>&lt;at&gt;Name&lt;/at&gt;</c>)
/// that stands for them in the activity's text.
/// </summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public string Type { get; set; } = EntityType;

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
