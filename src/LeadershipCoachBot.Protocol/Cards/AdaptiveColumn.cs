using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveColumn
{
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c>, or a weight such as <c>"2"</c>.</summary>
    public string? Width { get; set; }

    public IList<AdaptiveElement> Items { get; set; } = [];
}
