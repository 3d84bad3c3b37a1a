namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveTextInput : AdaptiveInput
{
    public string? Placeholder { get; set; }

    public bool? IsMultiline { get; set; }

    public int? MaxLength { get; set; }

    public string? Value { get; set; }
}
