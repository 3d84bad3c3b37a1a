using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>An element of a card's body; serialised with its <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveFactSet), "FactSet")]
[JsonDerivedType(typeof(AdaptiveContainer), "Container")]
[JsonDerivedType(typeof(AdaptiveColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(AdaptiveTextInput), "Input.Text")]
[JsonDerivedType(typeof(AdaptiveChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(AdaptiveActionSet), "ActionSet")]
public abstract class AdaptiveElement
{
    public string? Id { get; set; }

    public AdaptiveSpacing? Spacing { get; set; }

    public bool? Separator { get; set; }
}
