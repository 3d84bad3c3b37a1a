using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>A button; serialised with its <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveOpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(AdaptiveShowCardAction), "Action.ShowCard")]
public abstract class AdaptiveAction
{
    public string Title { get; set; } = string.Empty;

    public string? Id { get; set; }

    /// <summary><c>positive</c> or <c>destructive</c>.</summary>
    public string? Style { get; set; }
}
