using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
