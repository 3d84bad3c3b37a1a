namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>Buttons placed inside the body.</summary>
public sealed class AdaptiveActionSet : AdaptiveElement
{
    public IList<AdaptiveAction> Actions { get; set; } = [];
}
