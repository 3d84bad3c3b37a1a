namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveTextBlock : AdaptiveElement
{
    public AdaptiveTextBlock() { }

    public AdaptiveTextBlock(string text) => Text = text;

    public string Text { get; set; } = string.Empty;

    public bool? Wrap { get; set; } = true;

    public AdaptiveTextSize? Size { get; set; }

    public AdaptiveTextWeight? Weight { get; set; }

    public AdaptiveTextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    /// <summary><c>heading</c> marks the block as a heading for screen readers.</summary>
    public string? Style { get; set; }
}
