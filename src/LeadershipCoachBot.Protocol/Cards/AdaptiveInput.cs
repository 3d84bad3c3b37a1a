namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>An input; its value is submitted under its <see cref="AdaptiveElement.Id"/>.</summary>
public abstract class AdaptiveInput : AdaptiveElement
{
    public string? Label { get; set; }

    public bool? IsRequired { get; set; }

    public string? ErrorMessage { get; set; }
}
