namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>The <c>msteams</c> property of a card; <c>Full</c> width reads better for long guidance.</summary>
public sealed class AdaptiveTeamsSettings
{
    public string? Width { get; set; }
}
