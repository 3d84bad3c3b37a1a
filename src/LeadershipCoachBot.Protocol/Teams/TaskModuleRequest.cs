using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>The <c>value</c> of a <c>task/fetch</c> or <c>task/submit</c> invoke.</summary>
public sealed class TaskModuleRequest
{
    public JsonElement? Data { get; set; }
    public JsonElement? Context { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
