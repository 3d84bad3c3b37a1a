using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

public sealed class TenantInfo
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
