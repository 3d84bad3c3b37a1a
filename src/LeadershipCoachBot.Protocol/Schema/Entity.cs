using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>An entity of any type; fields other than <c>type</c> stay as JSON.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a typed one, such as <see cref="Mention"/>.</summary>
    public T GetAs<T>() where T : new() =>
        JsonSerializer.SerializeToElement(this, ProtocolJson.Options).Deserialize<T>(ProtocolJson.Options) ?? new T();
}
