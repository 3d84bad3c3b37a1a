using System.Text.Json;
using System.Text.Json.Serialization;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>
/// A typed Adaptive Card (schema 1.5, what Teams renders). Build one, then send it with
/// <see cref="ToAttachment"/>.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("$schema")]
    public string Schema { get; set; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-2)]
    public string Type { get; set; } = "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; set; } = SchemaVersion;

    public IList<AdaptiveElement> Body { get; set; } = [];

    public IList<AdaptiveAction>? Actions { get; set; }

    /// <summary>Text shown where the card cannot be rendered (notifications, old clients).</summary>
    public string? FallbackText { get; set; }

    /// <summary>Teams-specific settings, such as <c>{"width": "Full"}</c>.</summary>
    [JsonPropertyName("msteams")]
    public AdaptiveTeamsSettings? MsTeams { get; set; }

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, AdaptiveCardJson.Options);

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = ToJson() };
}
