namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveChoiceSetInput : AdaptiveInput
{
    public IList<AdaptiveChoice> Choices { get; set; } = [];

    /// <summary><c>compact</c> (a drop-down) or <c>expanded</c> (radio buttons or checkboxes).</summary>
    public string? Style { get; set; }

    public bool? IsMultiSelect { get; set; }

    public string? Value { get; set; }
}
